using FusionStudio.Domain.Providers;
using Microsoft.SemanticKernel.ChatCompletion;

namespace FusionStudio.Engine.Gateway;

/// <summary>
/// Makes the Semantic Kernel chat service that answers the providers of one <see cref="ProviderKind"/>. The gateway
/// serves OpenAI-compatible providers itself; every other kind (the offline simulator, say) is a plug-in that the
/// host registers as a singleton of this interface, so the engine never depends on it.
/// </summary>
public interface IChatServiceSource
{
    ProviderKind Kind { get; }

    /// <summary>A service for <paramref name="model"/> at <paramref name="provider"/>; called once per model call, so keep it cheap.</summary>
    IChatCompletionService For(ProviderEndpoint provider, string model);
}
