using FusionStudio.Domain.Providers;
using FusionStudio.Engine.Gateway;
using FusionStudio.Simulation;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;

namespace FusionStudio.Web.Hosting;

/// <summary>
/// Plugs the offline simulator into the gateway for <see cref="ProviderKind.Simulated"/> providers, pausing
/// <see cref="GatewayOptions.SimulatedLatencyMs"/> before each answer. One responder for all calls: it keeps no state.
/// </summary>
internal sealed class SimulatedChatServiceSource(IOptions<GatewayOptions> options, TimeProvider timeProvider) : IChatServiceSource
{
    private readonly SyntheticChatResponder _responder = new();
    private readonly TimeSpan _latency = TimeSpan.FromMilliseconds(options.Value.SimulatedLatencyMs);

    public ProviderKind Kind => ProviderKind.Simulated;

    public IChatCompletionService For(ProviderEndpoint provider, string model) =>
        new SimulatedChatCompletionService(model, _responder, _latency, timeProvider);
}
