using FusionStudio.Engine.Gateway.Outbound;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FusionStudio.Engine.Gateway;

public static class GatewayServiceCollectionExtensions
{
    /// <summary>
    /// Registers the model gateway with its options (section <c>Gateway</c>, validated at start), the per-provider
    /// limiters, the <see cref="ProviderAddressPolicy"/> (section <c>Providers</c>) and a <see cref="TimeProvider"/> if none is there. Without a registered <see cref="IModelResponseCache"/>
    /// nothing is cached; the jobs project's <c>AddEfModelResponseCache()</c> adds the database one. Needs logging.
    /// </summary>
    public static IServiceCollection AddFusionGateway(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<GatewayOptions>().Bind(configuration.GetSection(GatewayOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProviderLimiterRegistry>();
        services.AddProviderAddressPolicy();
        services.TryAddSingleton<IModelResponseCache, NullModelResponseCache>();
        services.TryAddSingleton<IModelGateway, ModelGateway>();
        return services;
    }
}
