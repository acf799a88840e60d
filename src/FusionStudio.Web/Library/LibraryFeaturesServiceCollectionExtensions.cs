using FusionStudio.Data.Security;
using FusionStudio.Engine.Gateway.Outbound;
using FusionStudio.Engine.Imports;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Library;

public static class LibraryFeaturesServiceCollectionExtensions
{
    /// <summary>
    /// The library's stores, the connection tester with its HTTP client, and the dataset importer. Stores are scoped
    /// to the circuit but hold no database context: each call opens and disposes its own.
    /// </summary>
    public static IServiceCollection AddLibraryFeatures(this IServiceCollection services)
    {
        services.AddProviderAddressPolicy();
        services.AddHttpClient(ProviderConnectionTester.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(provider => provider.GetRequiredService<ProviderAddressPolicy>().CreateHandler());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ApiKeyProtector>();
        services.TryAddSingleton<ProviderModelHints>();
        services.AddOptions<ImportLimits>().Configure<IServiceProvider>((limits, provider) =>
            provider.GetService<IConfiguration>()?.GetSection(ImportLimits.SectionName).Bind(limits));
        services.TryAddSingleton(provider => new DatasetFileParser(provider.GetRequiredService<IOptions<ImportLimits>>().Value));
        services.TryAddSingleton<ProviderConnectionTester>();
        services.TryAddTransient<EditorCheck>();
        services.TryAddScoped<ProviderStore>();
        services.TryAddScoped<TeacherStore>();
        services.TryAddScoped<PoolStore>();
        services.TryAddScoped<PromptTemplateStore>();
        services.TryAddScoped<DatasetStore>();
        services.TryAddScoped<DatasetImporter>();

        // Pasted prompts reach the server as one message of the circuit; the default 32 KB would drop the connection.
        services.Configure<HubOptions>(options =>
            options.MaximumReceiveMessageSize = Math.Max(options.MaximumReceiveMessageSize ?? 0, 1024 * 1024));
        return services;
    }
}
