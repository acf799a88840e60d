using FusionStudio.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace FusionStudio.Web.Security.Sessions;

/// <summary>
/// An admin's changes to a person's access. Each one ends the person's existing sessions, so rights that were taken
/// away are gone from every open cookie and page, not only from the next login.
/// </summary>
public sealed class UserAccessCommands(UserManager<AppUser> users, AccountSessions sessions)
{
    public const string LastAdminMessage = "The last admin cannot lose the Admin role.";

    /// <summary>Gives the user exactly <paramref name="role"/>; null when done, else why not.</summary>
    public async Task<string?> ChangeRoleAsync(string userId, string role)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return "This person no longer exists.";
        }

        var current = await users.GetRolesAsync(user);
        if (current.Contains(AppRoles.Admin) && role != AppRoles.Admin && (await users.GetUsersInRoleAsync(AppRoles.Admin)).Count == 1)
        {
            return LastAdminMessage;
        }

        var result = await users.RemoveFromRolesAsync(user, current);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }

        return await FinishAsync(user, result);
    }

    /// <summary>Locks the account until an admin unlocks it: no login, no API token, no open session.</summary>
    public async Task<string?> LockAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return "This person no longer exists.";
        }

        if (await users.IsInRoleAsync(user, AppRoles.Admin) && (await users.GetUsersInRoleAsync(AppRoles.Admin)).Count == 1)
        {
            return "The last admin cannot be locked.";
        }

        var result = await users.SetLockoutEnabledAsync(user, true);
        if (result.Succeeded)
        {
            result = await users.SetLockoutEndDateAsync(user, AccountLock.Forever);
        }

        return await FinishAsync(user, result);
    }

    public async Task<string?> UnlockAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return "This person no longer exists.";
        }

        var result = await users.SetLockoutEndDateAsync(user, null);
        if (result.Succeeded)
        {
            result = await users.ResetAccessFailedCountAsync(user);
        }

        return result.Succeeded ? null : Describe(result);
    }

    private async Task<string?> FinishAsync(AppUser user, IdentityResult result)
    {
        if (result.Succeeded)
        {
            result = await sessions.EndAllAsync(user);
        }

        return result.Succeeded ? null : Describe(result);
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
