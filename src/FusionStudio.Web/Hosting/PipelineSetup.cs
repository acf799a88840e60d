using FusionStudio.Web.Api;
using FusionStudio.Web.Components;
using FusionStudio.Web.Components.Account;
using FusionStudio.Web.Exports;
using FusionStudio.Web.Health;
using FusionStudio.Web.Security;
using FusionStudio.Web.Security.Http;
using FusionStudio.Web.Serving;
using Hangfire;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Hosting;

internal static class PipelineSetup
{
    public const string HangfirePath = "/hangfire";

    /// <summary>Maps what this process serves: everything for <c>web</c> and <c>all</c>, only health for a worker.</summary>
    public static WebApplication UseFusionStudio(this WebApplication app)
    {
        var hosting = app.Services.GetRequiredService<IOptions<HostingOptions>>().Value;
        app.UseFusionHttpHardening(hosting);
        app.MapFusionHealthChecks();
        if (!hosting.ServesPages)
        {
            // Anything but health is not here, whoever asks: a worker has no pages and no login.
            app.MapFallback(() => Results.NotFound()).AllowAnonymous();
            return app;
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        // People get a page for unknown addresses; API callers keep the bare status code.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api") && !ServingPaths.IsServing(context.Request),
            branch => branch.UseStatusCodePagesWithReExecute("/not-found"));
        // The app's own files are served before routing and login, like the framework's static assets.
        app.UseStaticFiles();
        app.UseRouting();
        app.UseFusionApiGuards();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapExportEndpoints();
        app.MapFusionApi();
        app.MapServingEndpoints();
        app.MapHangfireDashboard(HangfirePath, new DashboardOptions
            {
                // Access is decided by the endpoint's policy below, not by Hangfire's local-requests-only default.
                Authorization = [],
                AppPath = "/",
                DashboardTitle = "FusionStudio jobs",
                DisplayStorageConnectionString = false,
            })
            .RequireAuthorization(AuthorizationPolicies.Admin);
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
