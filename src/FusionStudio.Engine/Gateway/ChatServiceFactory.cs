using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using FusionStudio.Domain.Providers;
using FusionStudio.Engine.Simulation;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace FusionStudio.Engine.Gateway;

/// <summary>
/// Semantic Kernel chat services for the gateway. One <see cref="OpenAIClient"/> per provider, kept while its base
/// URL, key and timeout stay the same, so calls share its connection pool; the client's own retries are off
/// because the gateway retries.
/// </summary>
internal sealed class ChatServiceFactory(TimeSpan simulatedLatency, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<int, ProviderClient> _clients = new();
    private readonly SyntheticChatResponder _responder = new();

    /// <summary>Whether an OpenAI-compatible provider's base URL can be called: absolute, http or https.</summary>
    public static bool IsUsable(string baseUrl) =>
        Uri.TryCreate(baseUrl, UriKind.Absolute, out var endpoint) && (endpoint.Scheme == Uri.UriSchemeHttp || endpoint.Scheme == Uri.UriSchemeHttps);

    /// <exception cref="ArgumentException">An OpenAI-compatible provider whose base URL is not <see cref="IsUsable"/>.</exception>
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

        if (!IsUsable(provider.BaseUrl))
        {
            throw new ArgumentException("The provider's base URL is not an absolute http(s) URL.", nameof(provider));
        }

        var client = new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(provider.ApiKey) ? "none" : provider.ApiKey), new OpenAIClientOptions
        {
            Endpoint = new Uri(provider.BaseUrl),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = provider.Timeout,
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
