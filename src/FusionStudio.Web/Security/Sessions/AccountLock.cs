using FusionStudio.Data.Identity;

namespace FusionStudio.Web.Security.Sessions;

/// <summary>
/// Two kinds of lockout share Identity's <c>LockoutEnd</c>: minutes after too many wrong passwords (anyone who knows
/// the email can cause it) and an admin's lock, which has no end. Only the admin's lock switches off the account's
/// API tokens and open sessions; a password lockout leaves the tokens working, as they are a separate credential.
/// </summary>
public static class AccountLock
{
    /// <summary>The end an admin's lock sets; far enough that no password lockout reaches it.</summary>
    public static readonly DateTimeOffset Forever = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsLockedByAdmin(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.LockoutEnd is { } end && end >= Forever;
    }
}
