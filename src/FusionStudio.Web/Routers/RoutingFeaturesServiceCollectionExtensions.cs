using FusionStudio.Jobs.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FusionStudio.Web.Routers;

public static class RoutingFeaturesServiceCollectionExtensions
{
    /// <summary>The router library: training, evaluation and log sets, on top of the jobs' embeddings and routing.</summary>
    public static IServiceCollection AddRoutingFeatures(this IServiceCollection services)
    {
        services.AddEmbeddingsAndRouting();
        services.TryAddTransient<EditorCheck>();
        services.AddTransient<RouterService>();
        services.AddTransient<LogSetQuery>();
        return services;
    }
}
