using System.ClientModel;
using System.ClientModel.Primitives;
using FusionStudio.Domain.Providers;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Gateway.Outbound;
using Microsoft.Extensions.AI;
using OpenAI;

namespace FusionStudio.Engine.Embeddings;

/// <summary>
/// Embedding generators for a provider's <c>/v1/embeddings</c> models, through Microsoft.Extensions.AI (the abstraction
/// Semantic Kernel builds on) over the OpenAI client. Connections pass the same <see cref="ProviderAddressPolicy"/> as
/// chat calls.
/// </summary>
public sealed class ProviderEmbeddingGenerators(ProviderAddressPolicy addresses)
{
    private readonly Lazy<HttpClientPipelineTransport> _transport = new(() =>
        new HttpClientPipelineTransport(new HttpClient(addresses.CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan }));

    /// <exception cref="ArgumentException">A provider that is not OpenAI-compatible, or whose base URL may not be called.</exception>
    public IEmbeddingGenerator<string, Embedding<float>> For(ProviderEndpoint provider, string model)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        if (provider.Kind != ProviderKind.OpenAiCompatible)
        {
            throw new ArgumentException($"Embeddings come from OpenAI-compatible providers; {provider} is not one.", nameof(provider));
        }

        if (addresses.Refusal(provider.BaseUrl) is { } refusal)
        {
            throw new ArgumentException(refusal, nameof(provider));
        }

        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(provider.ApiKey) ? "none" : provider.ApiKey), new OpenAIClientOptions
        {
            Endpoint = new Uri(provider.BaseUrl),
            NetworkTimeout = provider.Timeout,
            Transport = _transport.Value,
        });
        return client.GetEmbeddingClient(model.Trim()).AsIEmbeddingGenerator();
    }
}
