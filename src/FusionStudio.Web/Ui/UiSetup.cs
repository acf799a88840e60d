using MudBlazor;
using MudBlazor.Services;

namespace FusionStudio.Web.Ui;

internal static class UiSetup
{
    /// <summary>Interactive server components and MudBlazor; each feature registers its own pages' services.</summary>
    public static WebApplicationBuilder AddFusionUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        // Messages appear bottom right, away from the page actions at the top.
        builder.Services.AddMudServices(config => config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
        return builder;
    }
}
