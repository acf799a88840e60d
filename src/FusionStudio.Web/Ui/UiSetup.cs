using FusionStudio.Web.Library;
using FusionStudio.Web.Runs;
using MudBlazor.Services;

namespace FusionStudio.Web.Ui;

internal static class UiSetup
{
    public static WebApplicationBuilder AddFusionUi(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddLibraryFeatures();
        builder.Services.AddRunFeatures();
        return builder;
    }
}
