namespace FusionStudio.Web.Serving;

/// <summary>The OpenAI-compatible paths that serve recipes as models.</summary>
public static class ServingPaths
{
    public const string Root = "/v1";

    public static bool IsServing(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path.StartsWithSegments(Root);
    }
}
