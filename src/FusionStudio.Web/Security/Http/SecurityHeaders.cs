using System.Security.Cryptography;

namespace FusionStudio.Web.Security.Http;

/// <summary>
/// The headers every response carries, pages, API, static files and health alike. The content security policy
/// allows only the app's own scripts (plus the import map, by a nonce fresh for each response), no plugins, no
/// other base URL and no framing by other sites; inline styles stay allowed because MudBlazor sets style attributes.
/// </summary>
internal static class SecurityHeaders
{
    private const string NonceItem = "FusionStudio.CspNonce";

    /// <summary>The nonce of this response's policy, for the one inline script the app renders (the import map).</summary>
    public static string NonceOf(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[NonceItem] is not string nonce)
        {
            nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
            context.Items[NonceItem] = nonce;
        }

        return nonce;
    }

    public static string PolicyFor(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'; " +
        "frame-ancestors 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = PolicyFor(NonceOf(context));
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers.XFrameOptions = "SAMEORIGIN";
                headers.Remove("Server");
                return Task.CompletedTask;
            });
            await next(context);
        });
}
