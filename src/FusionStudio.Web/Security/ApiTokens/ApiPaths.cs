namespace FusionStudio.Web.Security.ApiTokens;

/// <summary>
/// The paths that machines call: they accept an API token and answer with problem details (the serving paths with
/// OpenAI's error shape), never a login page.
/// </summary>
public static class ApiPaths
{
    public const string Api = "/api";

    public const string OpenApi = "/openapi";

    public static bool IsApi(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path.StartsWithSegments(Api) || request.Path.StartsWithSegments(OpenApi) || Serving.ServingPaths.IsServing(request);
    }
}
