using FusionStudio.Engine.Embeddings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FusionStudio.Jobs.Routing;

public static class RoutingServiceCollectionExtensions
{
    /// <summary>Embeddings (built-in and providers', stored once per model and text), logs as routers read them, and routing prompts with a stored router.</summary>
    public static IServiceCollection AddEmbeddingsAndRouting(this IServiceCollection services)
    {
        services.TryAddSingleton<BuiltInEmbeddingGenerator>();
        services.TryAddSingleton<ProviderEmbeddingGenerators>();
        services.TryAddSingleton<IEmbeddingStore, DbEmbeddingStore>();
        services.TryAddSingleton<EmbeddingCache>();
        services.TryAddTransient<EmbeddingModels>();
        services.TryAddTransient<RoutingLogLoader>();
        services.TryAddSingleton<StoredRouters>();
        services.TryAddTransient<RouterPicker>();
        return services;
    }
}
