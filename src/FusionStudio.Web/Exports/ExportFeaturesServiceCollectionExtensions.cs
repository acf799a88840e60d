namespace FusionStudio.Web.Exports;

public static class ExportFeaturesServiceCollectionExtensions
{
    /// <summary>The run exporter (used by the download endpoint, the export page and the API) and the page's query.</summary>
    public static IServiceCollection AddExportFeatures(this IServiceCollection services)
    {
        services.AddTransient<RunExporter>();
        services.AddTransient<RunExportOptionsQuery>();
        return services;
    }
}
