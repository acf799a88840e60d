using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Web.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Hosting;

/// <summary>Applies migrations, creates the roles, and seeds the demo workspace where it is enabled.</summary>
internal sealed class DatabasePreparer(
    FusionDbContext db,
    RoleManager<IdentityRole> roles,
    BuiltInPromptSeeder prompts,
    DemoSeeder demo,
    IOptions<DatabaseOptions> database,
    IOptions<DemoOptions> demoOptions,
    IOptions<HostingOptions> hosting,
    ILogger<DatabasePreparer> logger)
{
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        if (database.Value.MigrateOnStart)
        {
            logger.LogInformation("Applying migrations to the {Provider} database", database.Value.Provider);
            await DatabaseMigrator.MigrateAsync(db, cancellationToken);
        }

        // Workers only migrate: seeding belongs to the process that serves people.
        if (!hosting.Value.ServesPages)
        {
            return;
        }

        foreach (var role in AppRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        await prompts.SeedAsync(cancellationToken);

        var demoEnabled = demoOptions.Value.Enabled ?? database.Value.Provider == DatabaseProvider.Sqlite;
        if (demoEnabled)
        {
            await demo.SeedAsync(cancellationToken);
        }
    }
}
