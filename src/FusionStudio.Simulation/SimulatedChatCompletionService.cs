using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Microsoft.SemanticKernel.Services;
using OpenAI.Chat;
using SkChatMessageContent = Microsoft.SemanticKernel.ChatMessageContent;

namespace FusionStudio.Simulation;

/// <summary>
/// Semantic Kernel's chat service for the offline "Simulated" provider: answers in-process with the
/// <see cref="SyntheticChatResponder"/>. Results carry usage and finish reason in the same metadata keys as the
/// OpenAI connector, so the gateway accounts for them the same way. The model id is reported as given, so a
/// simulated answer is never mistaken for a real model's.
/// </summary>
public sealed class SimulatedChatCompletionService : IChatCompletionService
{
    private readonly string _modelId;
    private readonly SyntheticChatResponder _responder;
    private readonly TimeSpan _latency;
    private readonly TimeProvider _timeProvider;

    /// <param name="latency">A pause before each answer, so a demo run visibly progresses.</param>
    public SimulatedChatCompletionService(
        string modelId, SyntheticChatResponder? responder = null, TimeSpan latency = default, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelId);
        _modelId = modelId;
        _responder = responder ?? new SyntheticChatResponder();
        _latency = latency;
        _timeProvider = timeProvider ?? TimeProvider.System;
        Attributes = new Dictionary<string, object?> { [AIServiceExtensions.ModelIdKey] = modelId };
    }

    public IReadOnlyDictionary<string, object?> Attributes { get; }

    public async Task<IReadOnlyList<SkChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null,
        Kernel? kernel = null,
        CancellationToken cancellationToken = default)
    {
        var response = await RespondAsync(chatHistory, executionSettings, cancellationToken).ConfigureAwait(false);
        return [new SkChatMessageContent(AuthorRole.Assistant, response.Text, _modelId, metadata: Metadata(response))];
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
        ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null,
        Kernel? kernel = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await RespondAsync(chatHistory, executionSettings, cancellationToken).ConfigureAwait(false);
        AuthorRole? role = AuthorRole.Assistant;
        foreach (var chunk in StreamChunker.Split(response.Text))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new StreamingChatMessageContent(role, chunk, modelId: _modelId);
            role = null;
        }

        // Like OpenAI with include_usage: a last, empty update carries the finish reason and the usage.
        yield return new StreamingChatMessageContent(
            role, string.Empty, modelId: _modelId, metadata: Metadata(response));
    }

    private async Task<SimulationResponse> RespondAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chatHistory);
        if (_latency > TimeSpan.Zero)
        {
            await Task.Delay(_latency, _timeProvider, cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var settings = OpenAIPromptExecutionSettings.FromExecutionSettings(executionSettings);
        var messages = chatHistory
            .Select(message => new SimulationMessage(message.Role.Label, message.Content ?? string.Empty))
            .ToList();
        return _responder.Respond(new SimulationRequest(_modelId, messages, settings.Seed, settings.Temperature, settings.MaxTokens));
    }

    private Dictionary<string, object?> Metadata(SimulationResponse response)
    {
        var finishReason = response.FinishReason == SimulationResponse.FinishLength ? ChatFinishReason.Length : ChatFinishReason.Stop;
        return new Dictionary<string, object?>
        {
            ["Id"] = "sim-" + StableHash.Of(_modelId, response.Text).ToString("x16", System.Globalization.CultureInfo.InvariantCulture),
            ["CreatedAt"] = _timeProvider.GetUtcNow(),

            // The connector stores the finish reason as the enum's name, e.g. "Stop".
            ["FinishReason"] = finishReason.ToString(),
            ["Usage"] = OpenAIChatModelFactory.ChatTokenUsage(
                outputTokenCount: response.CompletionTokens,
                inputTokenCount: response.PromptTokens,
                totalTokenCount: response.TotalTokens),
        };
    }
}
