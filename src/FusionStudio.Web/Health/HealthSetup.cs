using FusionStudio.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace FusionStudio.Web.Health;

internal static class HealthSetup
{
    public const string Path = "/healthz";

    public static WebApplicationBuilder AddFusionHealthChecks(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<FusionDbContext>("database")
            .AddCheck<QueueHealthCheck>("queue");
        return builder;
    }

    public static void MapFusionHealthChecks(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = HealthResponseWriter.WriteAsync })
            .AllowAnonymous();
}
