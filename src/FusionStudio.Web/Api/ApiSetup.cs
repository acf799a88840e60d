using FusionStudio.Web.Api.Datasets;
using FusionStudio.Web.Api.Me;
using FusionStudio.Web.Api.Routers;
using FusionStudio.Web.Api.Runs;
using FusionStudio.Web.Api.Thoughts;

namespace FusionStudio.Web.Api;

internal static class ApiSetup
{
    public const string BasePath = "/api/v1";

    /// <summary>
    /// Maps <c>/api/v1</c> and <c>/openapi/v1.json</c>. Both need a signed-in user or a token (the fallback policy).
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
        api.MapRoutingEndpoints();
        api.MapThoughtEndpoints();
        // Unknown paths (404) and bodies of the wrong type (415) get problem details from ApiBadRequests: a
        // catch-all route here would also catch a request whose only fault is its Content-Type, and answer 404.
        return endpoints;
    }
}
