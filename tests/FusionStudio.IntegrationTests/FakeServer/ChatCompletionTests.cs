using FusionStudio.FakeOpenAi.Recording;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI.Chat;

namespace FusionStudio.IntegrationTests.FakeServer;

public sealed class ChatCompletionTests : FakeServerTest
{
    [Fact]
    public async Task Answer_is_what_the_responder_gives_for_the_same_request()
    {
        var settings = new OpenAIPromptExecutionSettings { Seed = 4, Temperature = 0.7 };

        var result = await Connector("sim-detailed").GetChatMessageContentAsync(Chat(), settings);

        Assert.Equal(Expected("sim-detailed", seed: 4, temperature: 0.7).Text, result.Content);
    }

    [Fact]
    public async Task Usage_reaches_the_caller_in_metadata()
    {
        var result = await Connector("sim-stepwise").GetChatMessageContentAsync(Chat());

        var expected = Expected("sim-stepwise");
        var usage = Assert.IsAssignableFrom<ChatTokenUsage>(result.Metadata?["Usage"]);
        Assert.Equal(expected.PromptTokens, usage.InputTokenCount);
        Assert.Equal(expected.CompletionTokens, usage.OutputTokenCount);
        Assert.Equal(expected.TotalTokens, usage.TotalTokenCount);
        Assert.Equal(nameof(ChatFinishReason.Stop), result.Metadata?["FinishReason"]);
    }

    [Fact]
    public async Task Max_tokens_cuts_the_answer_and_finishes_with_length()
    {
        var result = await Connector("sim-detailed").GetChatMessageContentAsync(Chat(), new OpenAIPromptExecutionSettings { MaxTokens = 8 });

        Assert.Equal(Expected("sim-detailed", maxTokens: 8).Text, result.Content);
        Assert.Equal(nameof(ChatFinishReason.Length), result.Metadata?["FinishReason"]);
        Assert.Equal(8, Assert.IsAssignableFrom<ChatTokenUsage>(result.Metadata?["Usage"]).OutputTokenCount);
    }

    [Fact]
    public async Task Streamed_chunks_concatenate_to_the_same_answer_and_usage_arrives()
    {
        var settings = new OpenAIPromptExecutionSettings { Seed = 2, Temperature = 1 };

        var chunks = await Connector("sim-cautious").GetStreamingChatMessageContentsAsync(Chat(), settings).ToListAsync();

        var expected = Expected("sim-cautious", seed: 2, temperature: 1);
        Assert.True(chunks.Count > 3);
        Assert.Equal(expected.Text, string.Concat(chunks.Select(chunk => chunk.Content)));
        var usage = chunks.Select(chunk => (chunk.InnerContent as StreamingChatCompletionUpdate)?.Usage).Single(usage => usage is not null);
        Assert.Equal(expected.CompletionTokens, usage!.OutputTokenCount);
        Assert.Equal(expected.PromptTokens, usage.InputTokenCount);
        Assert.Contains(chunks, chunk => (chunk.InnerContent as StreamingChatCompletionUpdate)?.FinishReason == ChatFinishReason.Stop);
    }

    [Fact]
    public async Task Request_settings_are_recorded_as_sent()
    {
        var settings = new OpenAIPromptExecutionSettings { Seed = 9, Temperature = 0.3, MaxTokens = 50 };

        await Connector("sim-concise").GetChatMessageContentAsync(Chat(), settings);
        await Connector("sim-concise").GetStreamingChatMessageContentsAsync(Chat()).ToListAsync();

        var records = Server.RequestLog.Snapshot();
        Assert.Equal(2, records.Count);
        var plain = records[0];
        Assert.Equal((9L, 0.3, 50), (plain.Seed!.Value, plain.Temperature!.Value, plain.MaxTokens!.Value));
        Assert.False(plain.Stream);
        Assert.True(plain.HasBearerToken);
        Assert.Equal(["system", "user"], plain.Messages.Select(message => message.Role));
        Assert.Equal(Question, plain.Messages[1].Content);
        Assert.True(records[1].Stream);
        Assert.True(records[1].IncludeUsage);
        Assert.All(records, record => Assert.Equal((FakeRequestKind.Chat, 200), (record.Kind, record.StatusCode)));
    }
}
