using System.Text.Json.Serialization;
using FusionStudio.Web.Api.OpenApi;
using FusionStudio.Web.Api.Runs;

namespace FusionStudio.Web.Api;

public static class ApiFeaturesServiceCollectionExtensions
{
    /// <summary>JSON with camelCase names and enums as strings, problem details, and the OpenAPI document.</summary>
    public static IServiceCollection AddApiFeatures(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddTransient<RunQueries>();
        services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<BearerSecurityDocumentTransformer>();
            options.AddOperationTransformer<ProblemResponsesOperationTransformer>();
        });
        return services;
    }
}
