using System.Security.Claims;
using FusionStudio.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Security.Sessions;

/// <summary>
/// Whether a signed-in principal still stands for its account as it is now: the account exists, is not locked by an
/// admin, and its security stamp is the one the login carried. Every change that must end sessions (role change,
/// lock, logout) renews the stamp through <see cref="EndAllAsync"/>.
/// </summary>
public sealed class AccountSessions(UserManager<AppUser> users, IOptions<IdentityOptions> identity)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var user = await users.GetUserAsync(principal);
        if (user is null || AccountLock.IsLockedByAdmin(user))
        {
            return false;
        }

        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp is not null && stamp == await users.GetSecurityStampAsync(user);
    }

    /// <summary>Every cookie and open page of the user stops working: at their next request, or circuit check.</summary>
    public Task<IdentityResult> EndAllAsync(AppUser user) => users.UpdateSecurityStampAsync(user);
}
