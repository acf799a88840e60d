using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FusionStudio.Web.LogImports;

public static class LogImportFeaturesServiceCollectionExtensions
{
    /// <summary>Importing logs of several models as a run whose candidates already exist.</summary>
    public static IServiceCollection AddLogImportFeatures(this IServiceCollection services)
    {
        services.AddOptions<LogImportOptions>().BindConfiguration(LogImportOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddTransient<EditorCheck>();
        services.AddTransient<LogImporter>();
        return services;
    }
}
