using System.Security.Claims;
using FusionStudio.Data.Identity;
using FusionStudio.Web.Security;
using FusionStudio.Web.Security.Sessions;
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

    /// <summary>Gives the person exactly <paramref name="role"/> and ends their open sessions.</summary>
    public async Task<AdminCommandResult> ChangeRoleAsync(string userId, string role, ClaimsPrincipal actor) =>
        await RefusalAsync(actor, role) ?? await AccessAsync(access => access.ChangeRoleAsync(userId, role));

    /// <summary>Locks the person out until an admin unlocks them: no login, no API token, no open session.</summary>
    public async Task<AdminCommandResult> LockAsync(string userId, ClaimsPrincipal actor) =>
        await RefusalAsync(actor, AppRoles.Viewer) ?? await AccessAsync(access => access.LockAsync(userId));

    public async Task<AdminCommandResult> UnlockAsync(string userId, ClaimsPrincipal actor) =>
        await RefusalAsync(actor, AppRoles.Viewer) ?? await AccessAsync(access => access.UnlockAsync(userId));

    private async Task<AdminCommandResult> AccessAsync(Func<UserAccessCommands, Task<string?>> change)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await change(scope.ServiceProvider.GetRequiredService<UserAccessCommands>()) is { } refusal
            ? AdminCommandResult.Failed(refusal)
            : AdminCommandResult.Done;
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
