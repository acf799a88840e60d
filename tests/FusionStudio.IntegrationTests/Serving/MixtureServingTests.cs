using System.ClientModel;
using System.Text;
using FusionStudio.Domain.Recipes;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi.Recording;
using Microsoft.EntityFrameworkCore;
using OpenAI;
using OpenAI.Chat;

namespace FusionStudio.IntegrationTests.Serving;

/// <summary>
/// A Mixture-of-Agents recipe through the official OpenAI SDK: the teachers answer, answer again with the first
/// layer's answers as references (the MoA proposer prompt), and the fusor writes one answer from the second layer's.
/// </summary>
public sealed class MixtureServingTests(ServingHost host) : IClassFixture<ServingHost>
{
    private static readonly string[] Teachers = ["sim-concise", "sim-stepwise", "sim-detailed"];

    private async Task<ChatClient> ClientAsync(string recipe) =>
        new(recipe, new ApiKeyCredential(await host.TokenAsync()), new OpenAIClientOptions { Endpoint = host.ServingEndpoint });

    [Fact]
    public async Task A_two_layer_recipe_asks_three_teachers_then_three_proposers_that_read_their_answers_then_the_fusor()
    {
        var recipe = await host.RecipeAsync(Teachers, r => { r.Kind = RecipeKind.MixtureOfAgents; r.Layers = 2; });
        var client = await ClientAsync(recipe);
        var before = host.Models.RequestLog.Snapshot().Count;

        ChatCompletion completion = await client.CompleteChatAsync([new UserChatMessage("Why do leaves change colour in autumn?")]);

        var requests = host.RequestsSince(before);
        Assert.Equal(7, requests.Count);
        Assert.Equal(3, requests.Count(r => r.Kind == FakeRequestKind.Chat));
        var proposers = requests.Where(r => r.Kind == FakeRequestKind.MoaProposer).ToList();
        Assert.Equal(3, proposers.Count);
        Assert.Equal(Teachers.Order(StringComparer.Ordinal), proposers.Select(r => r.BaseModel!).Order(StringComparer.Ordinal));
        var fusion = Assert.Single(requests, r => r.Kind == FakeRequestKind.Fusion);
        Assert.Equal("fusor", fusion.BaseModel);

        await ServedTrafficReader.ServedAsync(host.App, recipe);
        var runId = await ServedTrafficReader.LiveRunIdAsync(host.App, recipe);
        await using var db = host.App.CreateDbContext();
        var firstLayer = await db.Candidates.AsNoTracking().Where(c => c.RunId == runId).ToListAsync();
        Assert.Equal(3, firstLayer.Count);
        // Every second-layer proposer read every first-layer answer, as stored.
        Assert.All(proposers, proposer =>
        {
            var sent = string.Concat(proposer.Messages.Select(m => m.Content));
            Assert.All(firstLayer, answer => Assert.Contains(answer.Text!, sent, StringComparison.Ordinal));
        });
        var secondLayer = await db.LayerAnswers.AsNoTracking().Where(a => a.RunId == runId).ToListAsync();
        Assert.Equal(3, secondLayer.Count);
        Assert.All(secondLayer, a =>
        {
            Assert.Equal(2, a.Layer);
            Assert.Equal(firstLayer.Select(c => c.Id).Order(), a.PresentedOrder.Order());
        });
        // The fusor read the second layer's answers.
        var fusorSent = string.Concat(fusion.Messages.Select(m => m.Content));
        Assert.All(secondLayer, a => Assert.Contains(a.Text!, fusorSent, StringComparison.Ordinal));
        var mixed = await db.Aggregates.AsNoTracking().SingleAsync(a => a.RunId == runId);
        Assert.Equal(AggregationMethod.MixtureOfAgents, mixed.Method);
        Assert.Equal(Assert.Single(completion.Content).Text, mixed.Text);
        var calls = await db.ModelCalls.AsNoTracking().Where(c => c.RunId == runId).ToListAsync();
        Assert.Equal(7, calls.Count);
        Assert.Equal(calls.Sum(c => c.Usage.InputTokens + c.Usage.OutputTokens), completion.Usage.TotalTokenCount);
        Assert.Equal(3, calls.Count(c => c.Purpose == ModelCallPurpose.Propose));
    }

    [Fact]
    public async Task A_mixture_of_agents_recipe_streams_the_fusors_answer()
    {
        var recipe = await host.RecipeAsync(Teachers, r => { r.Kind = RecipeKind.MixtureOfAgents; r.Layers = 2; });
        var client = await ClientAsync(recipe);
        var text = new StringBuilder();
        var pieces = 0;

        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("How do vaccines work?")]))
        {
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
                pieces += part.Text.Length > 0 ? 1 : 0;
            }
        }

        Assert.True(pieces > 1, $"the answer came in {pieces} piece(s)");
        var served = Assert.Single(await ServedTrafficReader.ServedAsync(host.App, recipe));
        Assert.Equal(ServedOutcome.Answered, served.Outcome);
        await using var db = host.App.CreateDbContext();
        var mixed = await db.Aggregates.AsNoTracking().SingleAsync(a => a.RunId == served.RunId && a.Method == AggregationMethod.MixtureOfAgents);
        Assert.Equal(text.ToString(), mixed.Text);
        Assert.Equal(3, await db.LayerAnswers.CountAsync(a => a.RunId == served.RunId));
    }
}
