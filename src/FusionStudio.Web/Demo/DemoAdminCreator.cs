using System.Security.Cryptography;
using FusionStudio.Data.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Demo;

/// <summary>
/// On the embedded demo's first start, creates an admin with a random password. The password is kept encrypted
/// (Data Protection, in the admin's Identity tokens) and printed to the console on every start until someone changes
/// it, so a restart after a lost console never locks the owner out. Without the demo, the first visitor creates the admin.
/// </summary>
internal sealed class DemoAdminCreator(
    UserManager<AppUser> users, IDataProtectionProvider protection, IOptions<Hosting.DemoOptions> options, TimeProvider clock)
{
    private const string TokenProvider = "FusionStudio.Demo";
    private const string TokenName = "InitialPassword";

    private IDataProtector Protector => protection.CreateProtector("FusionStudio.Demo.InitialPassword");

    public async Task CreateIfNobodyCanLogInAsync(CancellationToken cancellationToken)
    {
        if (await users.Users.AnyAsync(cancellationToken))
        {
            await AnnounceWhileUnchangedAsync();
            return;
        }

        var email = options.Value.AdminEmail;
        var password = "demo-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var admin = new AppUser { UserName = email, Email = email, DisplayName = "Demo admin", EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Could not create the demo admin: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, AppRoles.Admin);
        await users.SetAuthenticationTokenAsync(admin, TokenProvider, TokenName, Protector.Protect(password));
        Announce(email, password);
    }

    private async Task AnnounceWhileUnchangedAsync()
    {
        if (await users.FindByEmailAsync(options.Value.AdminEmail) is not { } admin
            || await users.GetAuthenticationTokenAsync(admin, TokenProvider, TokenName) is not { } stored)
        {
            return;
        }

        string? password;
        try
        {
            password = Protector.Unprotect(stored);
        }
        catch (CryptographicException)
        {
            // The key ring it was sealed with is gone: nothing to show, and nothing worth keeping.
            password = null;
        }

        if (password is not null && await users.CheckPasswordAsync(admin, password))
        {
            Announce(admin.Email ?? options.Value.AdminEmail, password);
            return;
        }

        // Changed by its owner: from now on the console keeps quiet about it.
        await users.RemoveAuthenticationTokenAsync(admin, TokenProvider, TokenName);
    }

    private static void Announce(string email, string password) =>
        // Printed, never logged: the console is the only place this password appears.
        Console.WriteLine($"""

            ================================================================
              FusionStudio demo admin (shown on every start while unchanged)
                email:    {email}
                password: {password}
              Add people and change roles under Admin.
            ================================================================

            """);
}
