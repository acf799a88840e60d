using FusionStudio.Web.Demo;
using FusionStudio.Web.Health;
using FusionStudio.Web.Hosting;
using FusionStudio.Web.Security;
using FusionStudio.Web.Ui;

WebApplication app;
try
{
    var builder = WebApplication.CreateBuilder(args);

    builder.AddFusionOptions();
    builder.AddFusionDatabase();
    builder.AddFusionSecurity();
    builder.AddFusionQueue();
    builder.AddFusionHealthChecks();
    builder.AddFusionUi();
    builder.AddFusionDemo();

    app = builder.Build();

    await app.PrepareDatabaseAsync();
}
catch (Exception exception) when (StartupProblem.Explain(exception) is { } problem)
{
    // One line that names the setting to change, not a stack trace.
    await Console.Error.WriteLineAsync($"FusionStudio cannot start: {problem}");
    return 1;
}

app.UseFusionStudio();
await app.RunAsync();
return 0;

/// <summary>The FusionStudio host: pages, API and workers, in the role configured.</summary>
public partial class Program;
