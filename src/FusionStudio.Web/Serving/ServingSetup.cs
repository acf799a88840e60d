using FusionStudio.Engine.Serving;
using FusionStudio.Jobs.Serving;
using FusionStudio.Web.Security;
using OpenTelemetry.Metrics;

namespace FusionStudio.Web.Serving;

internal static class ServingSetup
{
    /// <summary>
    /// The endpoint's services, its health check, and its meter; with <c>Telemetry:OtlpEndpoint</c> set, the meter is
    /// exported to that OpenTelemetry collector.
    /// </summary>
    public static IServiceCollection AddServingFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateOnStart();
        services.AddHealthChecks().AddCheck<ServingHealthCheck>("serving");
        if (configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>()?.OtlpEndpoint is { } collector)
        {
            services.AddOpenTelemetry().WithMetrics(metrics => metrics
                .AddMeter(ServingMetrics.MeterName)
                .AddOtlpExporter(exporter => exporter.Endpoint = collector));
        }

        services.AddSingleton<ServingPlanLoader>();
        services.AddSingleton<LiveTrafficStore>();
        services.AddSingleton<LiveTrafficWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<LiveTrafficWriter>());
        services.AddSingleton<RecipeGate>();
        services.AddSingleton<ServingMetrics>();
        services.AddTransient<RecipeServer>();
        services.AddTransient<RecipeRouter>();
        services.AddTransient<ServingBudget>();
        services.AddTransient<ChatCompletionsEndpoint>();
        services.AddScoped<Recipes.RecipeStore>();
        services.AddTransient<Recipes.RecipeDashboardQuery>();
        services.AddTransient<Recipes.LiveRunProvisioner>();
        services.AddTransient<Recipes.RecipeDraftQuery>();
        return services;
    }

    /// <summary>
    /// Maps <c>/v1/models</c> and <c>/v1/chat/completions</c>. They take a bearer token only (no login cookie, so no
    /// page can spend through a signed-in browser); answering spends money, so it needs the Member or Admin role.
    /// </summary>
    public static IEndpointRouteBuilder MapServingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var serving = endpoints.MapGroup(ServingPaths.Root).ExcludeFromDescription();
        serving.MapGet("/models", ModelsEndpoint.ListAsync);
        serving.MapPost("/chat/completions", (HttpContext context, ChatCompletionsEndpoint endpoint) => endpoint.HandleAsync(context))
            .RequireAuthorization(AuthorizationPolicies.Editor)
            .DisableAntiforgery();
        return endpoints;
    }
}
