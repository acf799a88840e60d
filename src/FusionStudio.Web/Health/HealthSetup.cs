using FusionStudio.Web.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace FusionStudio.Web.Health;

internal static class HealthSetup
{
    public const string Path = "/healthz";

    public static WebApplicationBuilder AddFusionHealthChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<DatabaseProbe>();
        builder.Services.AddSingleton<DatabaseStatus>();
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<QueueHealthCheck>("queue");
        if (builder.Configuration.GetHostingOptions().ServesPages)
        {
            builder.Services.AddHostedService<DatabaseStatusMonitor>();
        }

        return builder;
    }

    public static void MapFusionHealthChecks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync })
            .AllowAnonymous();
}
