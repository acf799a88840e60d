using FusionStudio.Engine.Gateway;

namespace FusionStudio.Web.Hosting;

internal static class SimulatorSetup
{
    /// <summary>
    /// The offline "Simulated" provider kind, answered in-process by the simulator (the embedded demo's provider, and
    /// any provider of that kind a user creates). The engine does not know the simulator; this host plugs it in.
    /// </summary>
    public static WebApplicationBuilder AddFusionSimulator(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IChatServiceSource, SimulatedChatServiceSource>();
        return builder;
    }
}
