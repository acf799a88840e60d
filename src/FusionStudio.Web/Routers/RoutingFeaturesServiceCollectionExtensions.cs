using FusionStudio.Engine.Embeddings;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FusionStudio.Web.Routers;

public static class RoutingFeaturesServiceCollectionExtensions
{
    /// <summary>Embeddings (built-in and providers', stored once per model and text) and routers learned from logs.</summary>
    public static IServiceCollection AddRoutingFeatures(this IServiceCollection services)
    {
        services.TryAddSingleton<BuiltInEmbeddingGenerator>();
        services.TryAddSingleton<ProviderEmbeddingGenerators>();
        services.TryAddSingleton<IEmbeddingStore, DbEmbeddingStore>();
        services.TryAddSingleton<EmbeddingCache>();
        services.TryAddTransient<EditorCheck>();
        services.AddTransient<EmbeddingModels>();
        services.AddTransient<RoutingLogLoader>();
        services.AddTransient<RouterService>();
        services.AddTransient<LogSetQuery>();
        return services;
    }
}
