using FusionStudio.Web.Security.ApiTokens;

namespace FusionStudio.Web.Security.Http;

/// <summary>
/// A write to the API that rides on the login cookie (no Authorization header) must come from a page of this app:
/// its <c>Origin</c> must be this site. Scripts with a token are not affected: another site cannot make a browser
/// send a token. SameSite cookies already stop most cross-site writes; this also covers older browsers and same-site
/// subdomains.
/// </summary>
internal static class CookieApiOriginCheck
{
    public static IApplicationBuilder UseCookieApiOriginCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.Path.StartsWithSegments(ApiPaths.Api)
                && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
                && string.IsNullOrEmpty(request.Headers.Authorization)
                && request.Cookies.ContainsKey(SecuritySetup.CookieName)
                && !IsSameOrigin(request))
            {
                await ApiProblemWriter.WriteAsync(context, StatusCodes.Status403Forbidden, "Cross-site request refused",
                    "A write with the login cookie must come from this site's pages (Origin header). Scripts use an API token.");
                return;
            }

            await next(context);
        });

    private static bool IsSameOrigin(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Origin.ToString(), UriKind.Absolute, out var origin)
        && string.Equals(origin.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(origin.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
