using FusionStudio.Web.Api.Datasets;
using FusionStudio.Web.Api.Me;
using FusionStudio.Web.Api.Runs;

namespace FusionStudio.Web.Api;

internal static class ApiSetup
{
    public const string BasePath = "/api/v1";

    /// <summary>
    /// Maps <c>/api/v1</c> and <c>/openapi/v1.json</c>. Both need a signed-in user or a token (the fallback policy);
    /// unknown API paths answer 404 problem details rather than the people's not-found page.
    /// </summary>
    public static IEndpointRouteBuilder MapFusionApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi();
        var api = endpoints.MapGroup(BasePath)
            .AddEndpointFilter<ApiExceptionFilter>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        api.MapMeEndpoints();
        api.MapDatasetEndpoints();
        api.MapRunEndpoints();
        api.MapRunExportEndpoints();
        endpoints.MapFallback("/api/{**path}", () => ApiProblems.NotFound("such API endpoint; see /openapi/v1.json"))
            .ExcludeFromDescription();
        return endpoints;
    }
}
