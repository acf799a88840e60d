using FusionStudio.Data;

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
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabasePreparer>().PrepareAsync(app.Lifetime.ApplicationStopping);
    }
}
