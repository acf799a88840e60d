using FusionStudio.Simulation;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Microsoft.SemanticKernel.Services;
using OpenAI.Chat;

namespace FusionStudio.UnitTests.Simulation;

public sealed class SimulatedChatCompletionServiceTests
{
    private static ChatHistory Chat(string question = Ask.Question)
    {
        var history = new ChatHistory("You are a helpful assistant.");
        history.AddUserMessage(question);
        return history;
    }

    private static SimulationResponse Expected(
        string model, long? seed = null, double? temperature = null, int? maxTokens = null) =>
        new SyntheticChatResponder().Respond(new SimulationRequest(
            model,
            [new SimulationMessage("system", "You are a helpful assistant."), new SimulationMessage("user", Ask.Question)],
            seed,
            temperature,
            maxTokens));

    [Fact]
    public async Task Returns_the_responders_answer_with_usage_and_finish_reason()
    {
        var service = new SimulatedChatCompletionService("sim-stepwise");

        var result = Assert.Single(await service.GetChatMessageContentsAsync(Chat()));

        var expected = Expected("sim-stepwise");
        Assert.Equal(expected.Text, result.Content);
        Assert.Equal(AuthorRole.Assistant, result.Role);
        var usage = Assert.IsAssignableFrom<ChatTokenUsage>(result.Metadata?["Usage"]);
        Assert.Equal(expected.PromptTokens, usage.InputTokenCount);
        Assert.Equal(expected.CompletionTokens, usage.OutputTokenCount);
        Assert.Equal(expected.TotalTokens, usage.TotalTokenCount);
        Assert.Equal(nameof(ChatFinishReason.Stop), result.Metadata?["FinishReason"]);
    }

    [Fact]
    public async Task Reports_the_model_id_it_was_given()
    {
        var service = new SimulatedChatCompletionService("sim-cautious");

        var result = Assert.Single(await service.GetChatMessageContentsAsync(Chat()));

        Assert.Equal("sim-cautious", result.ModelId);
        Assert.Equal("sim-cautious", service.GetModelId());
    }

    [Fact]
    public async Task Honours_seed_temperature_and_max_tokens_from_OpenAI_settings()
    {
        var service = new SimulatedChatCompletionService("sim-detailed");
        var settings = new OpenAIPromptExecutionSettings { Seed = 5, Temperature = 0.9, MaxTokens = 12 };

        var result = Assert.Single(await service.GetChatMessageContentsAsync(Chat(), settings));

        Assert.Equal(Expected("sim-detailed", seed: 5, temperature: 0.9, maxTokens: 12).Text, result.Content);
        Assert.Equal(nameof(ChatFinishReason.Length), result.Metadata?["FinishReason"]);
    }

    [Fact]
    public async Task Different_seeds_give_different_samples()
    {
        var service = new SimulatedChatCompletionService("sim-concise");

        var first = await service.GetChatMessageContentsAsync(Chat(), new OpenAIPromptExecutionSettings { Seed = 1, Temperature = 1 });
        var second = await service.GetChatMessageContentsAsync(Chat(), new OpenAIPromptExecutionSettings { Seed = 2, Temperature = 1 });

        Assert.NotEqual(first[0].Content, second[0].Content);
    }

    [Fact]
    public async Task Streamed_chunks_concatenate_to_the_full_answer_and_the_last_carries_usage()
    {
        var service = new SimulatedChatCompletionService("sim-detailed");

        var chunks = await service.GetStreamingChatMessageContentsAsync(Chat()).ToListAsync();

        var expected = Expected("sim-detailed");
        Assert.True(chunks.Count > 2);
        Assert.Equal(expected.Text, string.Concat(chunks.Select(chunk => chunk.Content)));
        Assert.Equal(AuthorRole.Assistant, chunks[0].Role);
        var usage = Assert.IsAssignableFrom<ChatTokenUsage>(chunks[^1].Metadata?["Usage"]);
        Assert.Equal(expected.CompletionTokens, usage.OutputTokenCount);
        Assert.Equal(nameof(ChatFinishReason.Stop), chunks[^1].Metadata?["FinishReason"]);
    }

    [Fact]
    public async Task Cancelled_call_throws_instead_of_answering()
    {
        var service = new SimulatedChatCompletionService("sim-concise", latency: TimeSpan.FromMinutes(5));
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => service.GetChatMessageContentsAsync(Chat(), cancellationToken: cancellation.Token));
    }
}
