using FusionStudio.Jobs.Routing;
using FusionStudio.Web.Routers;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FusionStudio.Web.Thoughts;

public static class ThoughtFeaturesServiceCollectionExtensions
{
    /// <summary>Thought template sets: built by the jobs from past runs and logs, browsed on their page and over the API.</summary>
    public static IServiceCollection AddThoughtFeatures(this IServiceCollection services)
    {
        services.AddEmbeddingsAndRouting();
        services.TryAddTransient<EditorCheck>();
        services.AddTransient<ThoughtTemplateService>();
        services.AddTransient<ThoughtTemplateSetQuery>();
        services.TryAddTransient<LogSetQuery>();
        services.AddTransient<ThoughtBuildChoicesQuery>();
        return services;
    }
}
