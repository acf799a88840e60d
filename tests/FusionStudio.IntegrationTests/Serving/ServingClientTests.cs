using System.ClientModel;
using System.Text;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;
using OpenAI.Chat;

namespace FusionStudio.IntegrationTests.Serving;

/// <summary>
/// The endpoint through the clients applications use: the official OpenAI .NET SDK and Semantic Kernel's OpenAI
/// connector, each streaming and not, against a FusioN recipe over the fake model server.
/// </summary>
public sealed class ServingClientTests(ServingHost host) : IClassFixture<ServingHost>
{
    private static readonly string[] Teachers = ["sim-concise", "sim-stepwise", "sim-detailed"];

    /// <summary>The connector as an application points it at another OpenAI-compatible server: over an OpenAI client with that endpoint.</summary>
    private async Task<OpenAIChatCompletionService> ConnectorAsync(string recipe) =>
        new(recipe, new OpenAIClient(new ApiKeyCredential(await host.TokenAsync()), new OpenAIClientOptions { Endpoint = host.ServingEndpoint }));

    [Fact]
    public async Task OpenAi_sdk_gets_the_fused_answer_with_usage_summing_every_call()
    {
        var recipe = await host.RecipeAsync(Teachers);
        var client = new ChatClient(recipe, new ApiKeyCredential(await host.TokenAsync()), new OpenAIClientOptions { Endpoint = host.ServingEndpoint });

        ChatCompletion completion = await client.CompleteChatAsync([new UserChatMessage("Why is the sky blue?")]);

        var text = Assert.Single(completion.Content).Text;
        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.Equal(recipe, completion.Model);
        await ServedTrafficReader.ServedAsync(host.App, recipe);
        var runId = await ServedTrafficReader.LiveRunIdAsync(host.App, recipe);
        await using var db = host.App.CreateDbContext();
        var calls = await db.ModelCalls.AsNoTracking().Where(c => c.RunId == runId).ToListAsync();
        Assert.Equal(4, calls.Count);
        Assert.Equal(calls.Sum(c => c.Usage.InputTokens), completion.Usage.InputTokenCount);
        Assert.Equal(calls.Sum(c => c.Usage.OutputTokens), completion.Usage.OutputTokenCount);
        Assert.Equal(completion.Usage.InputTokenCount + completion.Usage.OutputTokenCount, completion.Usage.TotalTokenCount);
        var fused = await db.Aggregates.AsNoTracking().SingleAsync(a => a.RunId == runId && a.Method == AggregationMethod.FusionOfN);
        Assert.Equal(text, fused.Text);
        Assert.Equal(3, fused.SourceCandidateIds.Count);
    }

    [Fact]
    public async Task OpenAi_sdk_streams_the_fusors_answer_as_it_arrives()
    {
        var recipe = await host.RecipeAsync(Teachers);
        var client = new ChatClient(recipe, new ApiKeyCredential(await host.TokenAsync()), new OpenAIClientOptions { Endpoint = host.ServingEndpoint });
        var text = new StringBuilder();
        var pieces = 0;
        ChatTokenUsage? usage = null;

        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("How do tides work?")]))
        {
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
                pieces += part.Text.Length > 0 ? 1 : 0;
            }

            usage = update.Usage ?? usage;
        }

        Assert.True(pieces > 1, $"the answer came in {pieces} piece(s)");
        await ServedTrafficReader.ServedAsync(host.App, recipe);
        var runId = await ServedTrafficReader.LiveRunIdAsync(host.App, recipe);
        await using var db = host.App.CreateDbContext();
        var fused = await db.Aggregates.AsNoTracking().SingleAsync(a => a.RunId == runId && a.Method == AggregationMethod.FusionOfN);
        Assert.Equal(fused.Text, text.ToString());
        var fusorRequest = Assert.Single(host.Models.RequestLog.Snapshot(), r => r.Stream);
        Assert.Equal("fusor", fusorRequest.BaseModel);
        Assert.NotNull(usage);
        var calls = await db.ModelCalls.AsNoTracking().Where(c => c.RunId == runId).ToListAsync();
        Assert.Equal(calls.Sum(c => c.Usage.InputTokens + c.Usage.OutputTokens), usage.TotalTokenCount);
    }

    [Fact]
    public async Task Semantic_kernel_connector_gets_the_answer_and_its_usage()
    {
        var recipe = await host.RecipeAsync(Teachers);
        var service = await ConnectorAsync(recipe);
        var history = new ChatHistory();
        history.AddSystemMessage("Answer briefly.");
        history.AddUserMessage("What makes bread rise?");

        var answer = await service.GetChatMessageContentAsync(history);

        Assert.False(string.IsNullOrWhiteSpace(answer.Content));
        var usage = Assert.IsType<ChatTokenUsage>(answer.Metadata!["Usage"]);
        await ServedTrafficReader.ServedAsync(host.App, recipe);
        var runId = await ServedTrafficReader.LiveRunIdAsync(host.App, recipe);
        await using var db = host.App.CreateDbContext();
        var calls = await db.ModelCalls.AsNoTracking().Where(c => c.RunId == runId).ToListAsync();
        Assert.Equal(calls.Sum(c => c.Usage.InputTokens), usage.InputTokenCount);
        var prompt = await db.DatasetPrompts.AsNoTracking().SingleAsync(p => db.Runs.Any(r => r.Id == runId && r.DatasetId == p.DatasetId));
        Assert.Equal("What makes bread rise?", prompt.Text);
        Assert.Equal(2, prompt.Messages.Count);
    }

    [Fact]
    public async Task Semantic_kernel_connector_streams_the_answer()
    {
        var recipe = await host.RecipeAsync(Teachers);
        var service = await ConnectorAsync(recipe);
        var history = new ChatHistory();
        history.AddUserMessage("Explain compound interest.");
        var text = new StringBuilder();
        var pieces = 0;

        await foreach (var chunk in service.GetStreamingChatMessageContentsAsync(history))
        {
            text.Append(chunk.Content);
            pieces += string.IsNullOrEmpty(chunk.Content) ? 0 : 1;
        }

        Assert.True(pieces > 1);
        await ServedTrafficReader.ServedAsync(host.App, recipe);
        var runId = await ServedTrafficReader.LiveRunIdAsync(host.App, recipe);
        await using var db = host.App.CreateDbContext();
        var fused = await db.Aggregates.AsNoTracking().SingleAsync(a => a.RunId == runId && a.Method == AggregationMethod.FusionOfN);
        Assert.Equal(fused.Text, text.ToString());
    }
}
