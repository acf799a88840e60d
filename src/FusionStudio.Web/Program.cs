using FusionStudio.Web.Demo;
using FusionStudio.Web.Health;
using FusionStudio.Web.Hosting;
using FusionStudio.Web.Security;
using FusionStudio.Web.Security.KeyRing;
using FusionStudio.Web.Ui;

var builder = WebApplication.CreateBuilder(args);

builder.AddFusionOptions();
builder.AddFusionDatabase();
try
{
    builder.AddFusionSecurity();
}
catch (KeyRingConfigurationException missing)
{
    // One line that says what to set, instead of a stack trace.
    await Console.Error.WriteLineAsync(missing.Message);
    return 1;
}

builder.AddFusionQueue();
builder.AddFusionHealthChecks();
builder.AddFusionUi();
builder.AddFusionDemo();

var app = builder.Build();

await app.PrepareDatabaseAsync();
app.UseFusionStudio();

await app.RunAsync();
return 0;

/// <summary>The FusionStudio host: pages, API and workers, in the role configured.</summary>
public partial class Program;
