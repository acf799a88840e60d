using FusionStudio.Web.Api;
using FusionStudio.Web.Exports;
using FusionStudio.Web.Library;
using FusionStudio.Web.LogImports;
using FusionStudio.Web.Reports;
using FusionStudio.Web.Review;
using FusionStudio.Web.Runs;
using FusionStudio.Web.Scaling;
using MudBlazor;
using MudBlazor.Services;

namespace FusionStudio.Web.Ui;

internal static class UiSetup
{
    public static WebApplicationBuilder AddFusionUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // Messages appear bottom right, away from the page actions at the top.
        builder.Services.AddMudServices(config => config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
        builder.Services.AddLibraryFeatures();
        builder.Services.AddRunFeatures();
        builder.Services.AddExportFeatures();
        builder.Services.AddFusionApi();
        builder.Services.AddScalingFeatures();
        builder.Services.AddLogImportFeatures();
        builder.Services.AddReviewFeatures();
        builder.Services.AddReportFeatures();
        return builder;
    }
}
