using FusionStudio.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace FusionStudio.Web.Components.Account;

/// <summary>
/// Password login that does not tell whether an email has an account: an unknown email, a wrong password and a
/// locked account get the same answer, and each costs one password hash, so the answer's timing does not tell them
/// apart either.
/// </summary>
public sealed class PasswordLogin(SignInManager<AppUser> signIn, IPasswordHasher<AppUser> hasher)
{
    public const string FailedMessage = "The email or password is wrong, or the account is locked for a while after too many attempts.";

    // A hash of a random password, made with the app's own hasher settings, to verify against when there is no user.
    private static string? _decoyHash;

    /// <summary>Signs in and returns true, or returns false with nothing said about why.</summary>
    public async Task<bool> TryLogInAsync(string email, string password, bool remember)
    {
        var user = await signIn.UserManager.FindByEmailAsync(email);
        if (user is null)
        {
            SpendOneHash(password);
            return false;
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Identity answers these before it checks the password.
            SpendOneHash(password);
        }

        return result.Succeeded;
    }

    private void SpendOneHash(string password)
    {
        var decoy = new AppUser();
        _decoyHash ??= hasher.HashPassword(decoy, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(decoy, _decoyHash, password);
    }
}
