using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using FusionStudio.Domain.Providers;
using FusionStudio.Engine.Gateway.Outbound;
using FusionStudio.Engine.Simulation;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace FusionStudio.Engine.Gateway;

/// <summary>
/// Semantic Kernel chat services for the gateway. One <see cref="OpenAIClient"/> per provider, kept while its base
/// URL, key and timeout stay the same, so calls share its connection pool; the client's own retries are off
/// because the gateway retries. Every client sends through one HTTP client whose connections pass the
/// <see cref="ProviderAddressPolicy"/>.
/// </summary>
internal sealed class ChatServiceFactory(TimeSpan simulatedLatency, TimeProvider timeProvider, ProviderAddressPolicy addresses)
{
    private readonly ConcurrentDictionary<int, ProviderClient> _clients = new();
    private readonly SyntheticChatResponder _responder = new();

    // The pipeline's NetworkTimeout times each attempt; the HTTP client's own 100 s default must not cut it shorter.
    private readonly HttpClientPipelineTransport _transport = new(new HttpClient(addresses.CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan });

    /// <summary>Why an OpenAI-compatible provider's base URL may not be called, or null when it may.</summary>
    public string? Refusal(string baseUrl) => addresses.Refusal(baseUrl);

    /// <exception cref="ArgumentException">An OpenAI-compatible provider whose base URL has a <see cref="Refusal"/>.</exception>
    public IChatCompletionService For(ProviderEndpoint provider, string model) => provider.Kind switch
    {
        ProviderKind.Simulated => new SimulatedChatCompletionService(model, _responder, simulatedLatency, timeProvider),
        _ => new OpenAIChatCompletionService(model, ClientFor(provider)),
    };

    private OpenAIClient ClientFor(ProviderEndpoint provider)
    {
        var fingerprint = Fingerprint(provider);
        if (_clients.TryGetValue(provider.ProviderId, out var cached) && cached.Fingerprint == fingerprint)
        {
            return cached.Client;
        }

        if (Refusal(provider.BaseUrl) is { } refusal)
        {
            throw new ArgumentException(refusal, nameof(provider));
        }

        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(provider.ApiKey) ? "none" : provider.ApiKey), new OpenAIClientOptions
        {
            Endpoint = new Uri(provider.BaseUrl),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = provider.Timeout,
            Transport = _transport,
        });
        _clients[provider.ProviderId] = new ProviderClient(fingerprint, client);
        return client;
    }

    /// <summary>What the client is built from; the key only as a hash, so it is not kept twice in memory as a dictionary key.</summary>
    private static string Fingerprint(ProviderEndpoint provider)
    {
        var keyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(provider.ApiKey ?? "")));
        return $"{provider.BaseUrl}|{keyHash}|{provider.Timeout.Ticks}";
    }

    private sealed record ProviderClient(string Fingerprint, OpenAIClient Client);
}
