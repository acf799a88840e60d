using System.Security.Claims;
using FusionStudio.Data.Identity;
using FusionStudio.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace FusionStudio.Web.Admin;

/// <summary>
/// Adds people and changes their role. Each call checks the Admin policy again (the page's attribute is not the only
/// guard) and uses its own scope, so no user manager or context outlives one operation of a long-lived circuit.
/// </summary>
public sealed class UserCommands(IServiceScopeFactory scopes, IAuthorizationService authorization, TimeProvider clock)
{
    public const string Denied = "Only admins can add people or change roles.";

    public const string LastAdmin = "The last admin cannot lose the Admin role.";

    public async Task<AdminCommandResult> CreateAsync(NewUserInput input, ClaimsPrincipal actor)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await RefusalAsync(actor, input.Role) is { } refused)
        {
            return refused;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser
        {
            UserName = input.Email,
            Email = input.Email,
            DisplayName = input.DisplayName,
            EmailConfirmed = true,
            CreatedAt = clock.GetUtcNow(),
        };
        var result = await users.CreateAsync(user, input.Password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, input.Role);
        }

        return Outcome(result);
    }

    public async Task<AdminCommandResult> ChangeRoleAsync(string userId, string role, ClaimsPrincipal actor)
    {
        if (await RefusalAsync(actor, role) is { } refused)
        {
            return refused;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AdminCommandResult.Failed("That person no longer exists.");
        }

        var current = await users.GetRolesAsync(user);
        if (current.Contains(AppRoles.Admin) && role != AppRoles.Admin && (await users.GetUsersInRoleAsync(AppRoles.Admin)).Count == 1)
        {
            return AdminCommandResult.Failed(LastAdmin);
        }

        var result = await users.RemoveFromRolesAsync(user, current);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }

        return Outcome(result);
    }

    private async Task<AdminCommandResult?> RefusalAsync(ClaimsPrincipal actor, string role)
    {
        if (!(await authorization.AuthorizeAsync(actor, AuthorizationPolicies.Admin)).Succeeded)
        {
            return AdminCommandResult.Failed(Denied);
        }

        return AppRoles.All.Contains(role) ? null : AdminCommandResult.Failed($"\"{role}\" is not a role: choose {string.Join(", ", AppRoles.All)}.");
    }

    private static AdminCommandResult Outcome(IdentityResult result) =>
        result.Succeeded ? AdminCommandResult.Done : AdminCommandResult.Failed(result.Errors.Select(e => e.Description));
}
