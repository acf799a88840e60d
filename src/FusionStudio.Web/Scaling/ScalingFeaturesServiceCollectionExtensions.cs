using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FusionStudio.Web.Scaling;

public static class ScalingFeaturesServiceCollectionExtensions
{
    /// <summary>The test-time-scaling curve of the run report: its query, the FusioN@k estimate and the confirm command.</summary>
    public static IServiceCollection AddScalingFeatures(this IServiceCollection services)
    {
        services.TryAddTransient<EditorCheck>();
        services.AddTransient<ScalingCurveQuery>();
        services.AddTransient<ScalingEstimator>();
        services.AddTransient<ScalingCommands>();
        return services;
    }
}
