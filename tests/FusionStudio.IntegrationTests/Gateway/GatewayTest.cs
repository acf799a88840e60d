using FusionStudio.Domain.Datasets;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Gateway.Outbound;
using FusionStudio.FakeOpenAi;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Simulation;
using FusionStudio.Web.Hosting;
using Microsoft.Extensions.Options;

namespace FusionStudio.IntegrationTests.Gateway;

/// <summary>A fresh fake server and gateway per test; the gateway reaches the server over real HTTP through Semantic Kernel.</summary>
public abstract class GatewayTest : IAsyncLifetime
{
    protected const string Question = "How do tides work on the open ocean?";
    protected const string SystemPrompt = "You are a helpful assistant.";
    protected const string ApiKey = "sk-gateway-test-key";

    // Only a backstop against a hung test; no assertion depends on it.
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly ProviderLimiterRegistry _limiters = new();

    protected FakeOpenAiServer Server { get; private set; } = null!;

    protected InMemoryModelResponseCache Cache { get; } = new();

    protected RecordingLogger<ModelGateway> Log { get; } = new();

    /// <summary>Quick backoff so retry tests take milliseconds; a Retry-After still waits what it says.</summary>
    protected GatewayOptions Settings { get; } = new() { BaseDelay = TimeSpan.FromMilliseconds(10), MaxDelay = TimeSpan.FromSeconds(5) };

    public async Task InitializeAsync() => Server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync()
    {
        _limiters.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>Where calls may go; the defaults deny link-local and metadata addresses.</summary>
    protected ProviderNetworkOptions Network { get; } = new();

    /// <summary>A gateway as the host builds it (unless <paramref name="sources"/> says otherwise): the simulator serves Simulated providers.</summary>
    protected ModelGateway Gateway(IModelResponseCache? cache = null, IReadOnlyList<IChatServiceSource>? sources = null) =>
        new(Options.Create(Settings), _limiters, cache ?? Cache, TimeProvider.System, Log,
            sources ?? [new SimulatedChatServiceSource(Options.Create(Settings), TimeProvider.System)], new ProviderAddressPolicy(Options.Create(Network)));

    protected ProviderEndpoint Endpoint(string? apiKey = ApiKey) => new()
    {
        ProviderId = 1,
        BaseUrl = Server.BaseUrl,
        ApiKey = apiKey,
        Timeout = Patience,
        InputPricePerMillionTokens = 2.5m,
        OutputPricePerMillionTokens = 10m,
    };

    protected ModelCallRequest Request(string model, int sampleIndex = 0, ProviderEndpoint? provider = null, string question = Question) => new()
    {
        Provider = provider ?? Endpoint(),
        Model = model,
        Messages = [new PromptMessage(ChatRole.System, SystemPrompt), new PromptMessage(ChatRole.User, question)],
        Sampling = new SamplingSettings(Temperature: 0.7, TopP: 1, MaxTokens: 400, Seed: 100),
        SampleIndex = sampleIndex,
    };

    /// <summary>What the simulated model answers to <see cref="Request"/>, as the fake server computes it.</summary>
    protected static SimulationResponse Expected(string model, int sampleIndex = 0) =>
        new SyntheticChatResponder().Respond(new SimulationRequest(
            model, [new SimulationMessage("system", SystemPrompt), new SimulationMessage("user", Question)], 100 + sampleIndex, 0.7, 400));

    protected IReadOnlyList<FakeRequestRecord> Requests => Server.RequestLog.Snapshot();

    /// <summary>Completes when the server records a matching request, even one that ends after its client gave up.</summary>
    protected Task<FakeRequestRecord> NextRecordAsync(Func<FakeRequestRecord, bool> match)
    {
        var recorded = new TaskCompletionSource<FakeRequestRecord>(TaskCreationOptions.RunContinuationsAsynchronously);
        Server.RequestLog.Recorded += record =>
        {
            if (match(record))
            {
                recorded.TrySetResult(record);
            }
        };
        return recorded.Task.WaitAsync(Patience);
    }

    /// <summary>
    /// A first call through this gateway and provider, then an empty log: so connection setup and first-call
    /// warm-up on a busy test machine are not what a timing-sensitive test measures.
    /// </summary>
    protected async Task WarmUpAsync(IModelGateway gateway, ProviderEndpoint? provider = null)
    {
        await gateway.CompleteAsync(Request("sim-concise", sampleIndex: 99, provider) with { UseCache = false });
        Server.RequestLog.Clear();
    }

    /// <summary>Waits for something the server records after its client has moved on (an abort, say).</summary>
    protected static async Task UntilAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(20, patience.Token);
        }
    }
}
