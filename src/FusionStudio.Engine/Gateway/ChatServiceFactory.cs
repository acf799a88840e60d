using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using FusionStudio.Domain.Providers;
using FusionStudio.Engine.Gateway.Outbound;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace FusionStudio.Engine.Gateway;

/// <summary>
/// Semantic Kernel chat services for the gateway. OpenAI-compatible providers are served here: one
/// <see cref="OpenAIClient"/> per provider, kept while its base URL, key and timeout stay the same, so calls share its
/// connection pool; the client's own retries are off because the gateway retries, and every client sends through one
/// HTTP client whose connections pass the <see cref="ProviderAddressPolicy"/>. Other kinds come from the registered
/// <see cref="IChatServiceSource"/>s.
/// </summary>
internal sealed class ChatServiceFactory
{
    private readonly ConcurrentDictionary<int, ProviderClient> _clients = new();
    private readonly ConcurrentDictionary<(int ProviderId, string Model), ModelService> _services = new();
    private readonly Dictionary<ProviderKind, IChatServiceSource> _sources;
    private readonly ProviderAddressPolicy _addresses;
    private readonly HttpClientPipelineTransport _transport;

    /// <exception cref="ArgumentException">Two sources for one kind, or a source for OpenAI-compatible providers.</exception>
    public ChatServiceFactory(IEnumerable<IChatServiceSource> sources, ProviderAddressPolicy addresses)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(addresses);
        _addresses = addresses;

        // The pipeline's NetworkTimeout times each attempt; the HTTP client's own 100 s default must not cut it shorter.
        _transport = new HttpClientPipelineTransport(new HttpClient(addresses.CreateHandler()) { Timeout = Timeout.InfiniteTimeSpan });
        _sources = [];
        foreach (var source in sources)
        {
            if (source.Kind == ProviderKind.OpenAiCompatible)
            {
                throw new ArgumentException($"OpenAI-compatible providers are served by the gateway itself, not by {source.GetType().Name}.", nameof(sources));
            }

            if (!_sources.TryAdd(source.Kind, source))
            {
                throw new ArgumentException(
                    $"Two chat service sources for {source.Kind} providers: {_sources[source.Kind].GetType().Name} and {source.GetType().Name}.", nameof(sources));
            }
        }
    }

    /// <summary>Whether calls to providers of this kind can be made: OpenAI-compatible ones always, others with a source.</summary>
    public bool Serves(ProviderKind kind) => kind == ProviderKind.OpenAiCompatible || _sources.ContainsKey(kind);

    /// <summary>Why an OpenAI-compatible provider's base URL may not be called, or null when it may.</summary>
    public string? Refusal(string baseUrl) => _addresses.Refusal(baseUrl);

    /// <exception cref="ArgumentException">An OpenAI-compatible provider whose base URL has a <see cref="Refusal"/>.</exception>
    /// <exception cref="NotSupportedException">A kind that <see cref="Serves"/> says no to.</exception>
    public IChatCompletionService For(ProviderEndpoint provider, string model)
    {
        if (provider.Kind == ProviderKind.OpenAiCompatible)
        {
            var client = ClientFor(provider);
            // One service per client and model: building one per call showed in the profile of every call.
            return _services.TryGetValue((provider.ProviderId, model), out var service) && ReferenceEquals(service.Client, client)
                ? service.Chat
                : (_services[(provider.ProviderId, model)] = new ModelService(client, new OpenAIChatCompletionService(model, client))).Chat;
        }

        return _sources.TryGetValue(provider.Kind, out var source)
            ? source.For(provider, model)
            : throw new NotSupportedException($"No chat service is registered for {provider.Kind} providers.");
    }

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

    private sealed record ModelService(OpenAIClient Client, IChatCompletionService Chat);
}
