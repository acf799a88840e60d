using FusionStudio.Data.Writes;
using FusionStudio.Engine.Gateway;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FusionStudio.Jobs.Caching;

public static class CachingServiceCollectionExtensions
{
    /// <summary>
    /// Makes the gateway cache answers in the database (replacing any other <see cref="IModelResponseCache"/>, so the
    /// order against <c>AddFusionGateway</c> does not matter). Needs the data layer's context factory; stores go through the insert batcher.
    /// </summary>
    public static IServiceCollection AddEfModelResponseCache(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging().AddOptions();
        services.TryAddSingleton<TableStatistics>();
        services.TryAddSingleton<InsertBatcher>();
        services.Replace(ServiceDescriptor.Singleton<IModelResponseCache, EfModelResponseCache>());
        return services;
    }
}
