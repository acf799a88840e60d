using FusionStudio.Data;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Hosting;

internal static class DatabaseSetup
{
    public static WebApplicationBuilder AddFusionDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddFusionData(builder.Configuration.GetDatabaseOptions());
        builder.Services.AddScoped<DatabasePreparer>();
        return builder;
    }

    /// <summary>Migrates the database and seeds what a first start needs, before the app takes requests.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        // Settings first: a bad one should be named before anything connects anywhere.
        app.Services.GetRequiredService<IStartupValidator>().Validate();

        // Before any service that connects is built (the job storage's constructor does, with long silent retries).
        await DatabaseReachability.WaitAsync(
            app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value,
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseReachability)),
            app.Lifetime.ApplicationStopping);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabasePreparer>().PrepareAsync(app.Lifetime.ApplicationStopping);
    }
}
