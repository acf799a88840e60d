using FusionStudio.Web.Library;
using FusionStudio.Web.Runs;
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
        return builder;
    }
}
