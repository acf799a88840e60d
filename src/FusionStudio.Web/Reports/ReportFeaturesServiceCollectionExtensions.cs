using FusionStudio.Engine.Analysis;

namespace FusionStudio.Web.Reports;

public static class ReportFeaturesServiceCollectionExtensions
{
    /// <summary>The run report's and the run comparison's queries, and the bootstrap settings they use.</summary>
    public static IServiceCollection AddReportFeatures(this IServiceCollection services)
    {
        services.AddOptions<BootstrapOptions>()
            .BindConfiguration(BootstrapOptions.Section)
            .Validate(o => o.Resamples >= 1000, "Report:Bootstrap:Resamples must be at least 1000.")
            .Validate(o => o.Level is > 0 and < 1, "Report:Bootstrap:Level must lie between 0 and 1.")
            .Validate(o => o.MaxResampledValues >= 1, "Report:Bootstrap:MaxResampledValues must be at least 1.");
        services.AddTransient<RunReportQuery>();
        services.AddTransient<RunChoicesQuery>();
        services.AddTransient<SharedPromptPageQuery>();
        services.AddTransient<RunDifferenceQuery>();
        services.AddTransient<Compare.PairShiftQuery>();
        services.AddTransient<AnswerLanguageCountsQuery>();
        services.AddTransient<SimulatedRunQuery>();
        return services;
    }
}
