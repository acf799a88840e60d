using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FusionStudio.Engine.Gateway.Outbound;

public static class OutboundServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="ProviderNetworkOptions"/> (section <c>Providers</c>, validated at start) and the
    /// <see cref="ProviderAddressPolicy"/> that every provider call goes through. Safe to call more than once; reads
    /// configuration only where the container has one.
    /// </summary>
    public static IServiceCollection AddProviderAddressPolicy(this IServiceCollection services)
    {
        if (services.Any(descriptor => descriptor.ServiceType == typeof(ProviderAddressPolicy)))
        {
            return services;
        }

        services.AddOptions<ProviderNetworkOptions>()
            .Configure<IServiceProvider>((options, provider) =>
                provider.GetService<IConfiguration>()?.GetSection(ProviderNetworkOptions.SectionName).Bind(options))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProviderNetworkOptions>, ProviderNetworkOptionsValidator>());
        services.AddSingleton<ProviderAddressPolicy>();
        return services;
    }
}
