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

    /// <summary>The same report at both paths; <c>/healthz/details</c> is the name monitors look for the checks under.</summary>
    public static void MapFusionHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync })
            .AllowAnonymous();
        endpoints.MapHealthChecks(Path + "/details", new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync })
            .AllowAnonymous();
    }
}
