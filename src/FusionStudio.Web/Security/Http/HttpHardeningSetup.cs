using FusionStudio.Engine.Imports;
using FusionStudio.Web.Api;
using FusionStudio.Web.Hosting;
using FusionStudio.Web.LogImports;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpOverrides;

namespace FusionStudio.Web.Security.Http;

internal static class HttpHardeningSetup
{
    // The multipart envelope and the form's other fields around an uploaded file.
    private const long FormOverheadBytes = 1024 * 1024;

    /// <summary>
    /// No <c>Server</c> header; a request body limit that fits the largest upload the app documents (instead of
    /// Kestrel's 30 MB); binding errors raised as exceptions in every environment, so the API can explain them;
    /// forwarded headers from a TLS proxy when <see cref="HostingOptions.ForwardedHeaders"/> is on.
    /// </summary>
    public static WebApplicationBuilder AddFusionHttpHardening(this WebApplicationBuilder builder)
    {
        var maxRequestBytes = MaxRequestBytes(builder.Configuration);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = maxRequestBytes;
        });
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = maxRequestBytes);
        builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The proxy's address is not known in advance (containers): the app must be reachable only through it.
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
        });
        return builder;
    }

    /// <summary>Runs first: forwarded headers (so cookies become Secure behind TLS), then the security headers.</summary>
    public static WebApplication UseFusionHttpHardening(this WebApplication app, HostingOptions hosting)
    {
        ArgumentNullException.ThrowIfNull(hosting);
        if (hosting.ForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        app.UseSecurityHeaders();
        return app;
    }

    /// <summary>Problem details for requests the API cannot read, and the Origin check for cookie writes.</summary>
    public static WebApplication UseFusionApiGuards(this WebApplication app)
    {
        var maxRequestBytes = MaxRequestBytes(app.Configuration);
        app.UseWhen(ApiBadRequests.IsApi, api => api.UseApiBadRequests(maxRequestBytes));
        app.UseCookieApiOriginCheck();
        return app;
    }

    /// <summary>The largest body any endpoint accepts: the larger upload limit plus the form around the file.</summary>
    public static long MaxRequestBytes(IConfiguration configuration)
    {
        var datasets = configuration.GetOptions<ImportLimits>(ImportLimits.SectionName).MaxFileBytes;
        var logs = configuration.GetOptions<LogImportOptions>(LogImportOptions.SectionName).MaxFileBytes;
        return Math.Max(datasets, logs) + FormOverheadBytes;
    }
}
