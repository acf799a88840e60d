using System.Security.Cryptography;
using FusionStudio.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Demo;

/// <summary>
/// On the embedded demo's first start, creates an admin with a random password and prints it once to the
/// console, so the app is usable with no setup. Without the demo, the first visitor creates the admin instead.
/// </summary>
internal sealed class DemoAdminCreator(UserManager<AppUser> users, IOptions<Hosting.DemoOptions> options, TimeProvider clock)
{
    public async Task CreateIfNobodyCanLogInAsync(CancellationToken cancellationToken)
    {
        if (await users.Users.AnyAsync(cancellationToken))
        {
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

        // Printed, never logged: the console of the first start is the only place this password appears.
        Console.WriteLine($"""

            ================================================================
              FusionStudio demo admin (shown once, on this first start)
                email:    {email}
                password: {password}
              Add people and change roles under Admin.
            ================================================================

            """);
    }
}
