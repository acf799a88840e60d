using FusionStudio.Jobs;
using FusionStudio.Web.Admin;
using FusionStudio.Web.Api;
using FusionStudio.Web.Demo;
using FusionStudio.Web.Exports;
using FusionStudio.Web.Health;
using FusionStudio.Web.Hosting;
using FusionStudio.Web.Library;
using FusionStudio.Web.LogImports;
using FusionStudio.Web.Reports;
using FusionStudio.Web.Routers;
using FusionStudio.Web.Review;
using FusionStudio.Web.Runs;
using FusionStudio.Web.Scaling;
using FusionStudio.Web.Security;
using FusionStudio.Web.Security.KeyRing;
using FusionStudio.Web.Thoughts;
using FusionStudio.Web.Serving;
using FusionStudio.Web.Ui;

WebApplication app;
try
{
    var builder = WebApplication.CreateBuilder(args);

    // The host: settings, database, sign-in, job queue, health, components, demo workspace.
    builder.AddFusionOptions();
    builder.AddFusionListenAddress();
    builder.AddFusionDatabase();
    builder.AddFusionSecurity();
    builder.AddFusionQueue();
    builder.AddFusionSimulator();
    builder.AddFusionHealthChecks();
    builder.AddFusionUi();
    builder.AddFusionDemo();

    // The engine's jobs, then each feature with its pages' queries and commands.
    builder.Services.AddFusionJobs(builder.Configuration);
    builder.Services
        .AddLibraryFeatures()
        .AddRunFeatures()
        .AddReviewFeatures()
        .AddReportFeatures()
        .AddScalingFeatures()
        .AddExportFeatures()
        .AddLogImportFeatures()
        .AddRoutingFeatures()
        .AddThoughtFeatures()
        .AddAdminFeatures()
        .AddApiFeatures()
        .AddServingFeatures(builder.Configuration);

    app = builder.Build();

    await app.PrepareDatabaseAsync();
}
catch (KeyRingConfigurationException missing)
{
    // One line that says what to set, instead of a stack trace.
    await Console.Error.WriteLineAsync(missing.Message);
    return 1;
}
catch (Exception exception) when (StartupProblem.Explain(exception) is { } problem)
{
    // One line that names the setting to change, not a stack trace.
    await Console.Error.WriteLineAsync($"FusionStudio cannot start: {problem}");
    return 1;
}

app.UseFusionStudio();
try
{
    await app.RunAsync();
}
catch (IOException exception) when (exception.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    // Taken between the check at start and the bind: still one line, not a stack trace.
    await Console.Error.WriteLineAsync($"FusionStudio cannot start: {exception.Message} Set another address with ASPNETCORE_URLS or --urls.");
    return 1;
}

return 0;

/// <summary>The FusionStudio host: pages, API and workers, in the role configured.</summary>
public partial class Program;
