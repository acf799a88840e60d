using System.ClientModel;
using System.ClientModel.Primitives;
using FusionStudio.FakeOpenAi;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Simulation;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace FusionStudio.IntegrationTests.FakeServer;

/// <summary>A fresh fake server per test, reached through Semantic Kernel's real OpenAI connector.</summary>
public abstract class FakeServerTest : IAsyncLifetime
{
    protected const string Question = "How do tides work on the open ocean?";
    protected const string SystemPrompt = "You are a helpful assistant.";

    // Only a backstop against a hung test; no assertion depends on it.
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    protected FakeOpenAiServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();

    /// <summary>The connector as the gateway will build it, with the OpenAI client's own retries off so faults reach us.</summary>
    protected OpenAIChatCompletionService Connector(string model, TimeSpan? networkTimeout = null) =>
        new(model, new OpenAIClient(new ApiKeyCredential("test"), new OpenAIClientOptions
        {
            Endpoint = new Uri(Server.BaseUrl),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = networkTimeout ?? Patience,
        }));

    protected HttpClient Http() => new() { BaseAddress = new Uri(Server.RootUrl) };

    protected static ChatHistory Chat(string question = Question)
    {
        var history = new ChatHistory(SystemPrompt);
        history.AddUserMessage(question);
        return history;
    }

    protected static SimulationResponse Expected(
        string model, string question = Question, long? seed = null, double? temperature = null, int? maxTokens = null) =>
        new SyntheticChatResponder().Respond(new SimulationRequest(
            model, [new SimulationMessage("system", SystemPrompt), new SimulationMessage("user", question)], seed, temperature, maxTokens));

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
}
