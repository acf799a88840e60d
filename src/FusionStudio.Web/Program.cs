using FusionStudio.Web.Demo;
using FusionStudio.Web.Health;
using FusionStudio.Web.Hosting;
using FusionStudio.Web.Security;
using FusionStudio.Web.Ui;

var builder = WebApplication.CreateBuilder(args);

builder.AddFusionOptions();
builder.AddFusionDatabase();
builder.AddFusionSecurity();
builder.AddFusionQueue();
builder.AddFusionSimulator();
builder.AddFusionHealthChecks();
builder.AddFusionUi();
builder.AddFusionDemo();

var app = builder.Build();

await app.PrepareDatabaseAsync();
app.UseFusionStudio();

await app.RunAsync();

/// <summary>The FusionStudio host: pages, API and workers, in the role configured.</summary>
public partial class Program;
