using System.ClientModel;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using FusionStudio.Domain.Recipes;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Testing;
using FusionStudio.Web.Library;
using FusionStudio.Web.Recipes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenAI;
using OpenAI.Chat;

namespace FusionStudio.IntegrationTests.Serving;

/// <summary>
/// Routed and Routed FusioN recipes through the official OpenAI SDK: the recipe's router picks the teachers for the
/// request, only they are asked (the fake server's log), the route is kept with the live prompt, and the fallback
/// teacher answers when the router cannot pick or its teacher fails.
/// </summary>
public sealed class RoutedServingTests(ServingHost host) : IClassFixture<ServingHost>
{
    private static readonly string[] Teachers = ["sim-concise", "sim-stepwise", "sim-detailed"];

    private async Task<ChatClient> ClientAsync(string recipe) =>
        new(recipe, new ApiKeyCredential(await host.TokenAsync()), new OpenAIClientOptions { Endpoint = host.ServingEndpoint });

    [Fact]
    public async Task A_routed_recipe_asks_only_the_routers_pick_and_keeps_the_route_with_the_live_prompt()
    {
        var routerId = await host.RouterAsync("sim-detailed", "sim-stepwise", "sim-concise");
        var recipe = await host.RecipeAsync(Teachers, r => { r.Kind = RecipeKind.Routed; r.RouterId = routerId; }, fallbackModel: "sim-cautious");
        var client = await ClientAsync(recipe);
        var before = host.Models.RequestLog.Snapshot().Count;

        ChatCompletion completion = await client.CompleteChatAsync([new UserChatMessage("Why is the sky blue?")]);

        var chat = Assert.Single(host.RequestsSince(before));
        Assert.Equal((FakeRequestKind.Chat, "sim-detailed"), (chat.Kind, chat.BaseModel));
        await ServedTrafficReader.ServedAsync(host.App, recipe);
        var runId = await ServedTrafficReader.LiveRunIdAsync(host.App, recipe);
        await using var db = host.App.CreateDbContext();
        var route = await db.PromptRoutes.AsNoTracking().Include(r => r.Choices).SingleAsync(r => r.RunId == runId);
        var models = await db.Teachers.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Model);
        Assert.Equal(["sim-detailed", "sim-stepwise", "sim-concise"], route.Choices.OrderBy(c => c.Rank).Select(c => models[c.TeacherId]));
        Assert.Null(route.Error);
        var answer = await db.Aggregates.AsNoTracking().SingleAsync(a => a.RunId == runId && a.PromptId == route.PromptId);
        Assert.Equal(AggregationMethod.Routed, answer.Method);
        Assert.Equal(Assert.Single(completion.Content).Text, answer.Text);
        var chosen = await db.Candidates.AsNoTracking().SingleAsync(c => c.Id == answer.SelectedCandidateId);
        Assert.Equal("sim-detailed", models[chosen.TeacherId]);
        Assert.Equal(1, await db.ModelCalls.CountAsync(c => c.RunId == runId));
        Assert.Equal(completion.Usage.TotalTokenCount, await db.ModelCalls.Where(c => c.RunId == runId).SumAsync(c => c.Usage.InputTokens + c.Usage.OutputTokens));
    }

    [Fact]
    public async Task When_the_routed_teacher_fails_the_fallback_teacher_answers_marked_as_fallback()
    {
        var failing = "sim-detailed#fault=500";
        var routerId = await host.RouterAsync(failing, "sim-stepwise", "sim-concise");
        var recipe = await host.RecipeAsync(["sim-concise", "sim-stepwise", failing], r =>
        {
            r.Kind = RecipeKind.Routed;
            r.RouterId = routerId;
            r.CallTimeoutSeconds = 1;
            r.RequestTimeoutSeconds = 3;
        }, fallbackModel: "sim-cautious");
        var client = host.Client(await host.TokenAsync());
        var before = host.Models.RequestLog.Snapshot().Count;

        var response = await client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, "Name three rivers.", details: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var details = body.GetProperty("fusionstudio");
        Assert.Contains("The routed teacher failed", details.GetProperty("fallback").GetString(), StringComparison.Ordinal);
        Assert.Contains("the fallback teacher answered", details.GetProperty("fallback").GetString(), StringComparison.Ordinal);
        var candidates = details.GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal([false, true], candidates.Select(c => c.GetProperty("succeeded").GetBoolean()));
        Assert.True(candidates[1].GetProperty("chosen").GetBoolean());
        Assert.Equal(candidates[1].GetProperty("text").GetString(), body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        // The routed teacher (tried until its deadline) and then the fallback once; no other teacher.
        var chats = host.RequestsSince(before).Where(r => r.Kind == FakeRequestKind.Chat).ToList();
        Assert.All(chats, r => Assert.Contains(r.Model, new[] { failing, "sim-cautious" }));
        Assert.Single(chats, r => r.Model == "sim-cautious");
        var served = Assert.Single(await ServedTrafficReader.ServedAsync(host.App, recipe));
        Assert.Equal(ServedOutcome.Fallback, served.Outcome);
    }

    [Fact]
    public async Task A_request_the_router_cannot_place_streams_the_fallback_teachers_answer()
    {
        var routerId = await host.RouterAsync("sim-unknown-a", "sim-unknown-b");
        var recipe = await host.RecipeAsync(Teachers, r => { r.Kind = RecipeKind.Routed; r.RouterId = routerId; }, fallbackModel: "sim-cautious");
        var client = await ClientAsync(recipe);
        var before = host.Models.RequestLog.Snapshot().Count;
        var text = new StringBuilder();

        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("How do tides work?")]))
        {
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
            }
        }

        var chat = Assert.Single(host.RequestsSince(before));
        Assert.Equal(("sim-cautious", true), (chat.BaseModel, chat.Stream));
        var served = Assert.Single(await ServedTrafficReader.ServedAsync(host.App, recipe));
        Assert.Equal(ServedOutcome.Fallback, served.Outcome);
        Assert.Contains("The router knows none of the recipe's teachers", served.Reason, StringComparison.Ordinal);
        await using var db = host.App.CreateDbContext();
        var route = await db.PromptRoutes.AsNoTracking().Include(r => r.Choices).SingleAsync(r => r.RunId == served.RunId);
        Assert.Empty(route.Choices);
        Assert.Equal("The router knows none of the recipe's teachers.", route.Error);
        var answer = await db.Aggregates.AsNoTracking().SingleAsync(a => a.RunId == served.RunId && a.Method == AggregationMethod.Routed);
        Assert.Equal(text.ToString(), answer.Text);
    }

    [Fact]
    public async Task A_routed_fusion_recipe_streams_the_fusion_of_the_routers_top_k()
    {
        var routerId = await host.RouterAsync("sim-detailed", "sim-stepwise", "sim-concise");
        var recipe = await host.RecipeAsync(Teachers, r => { r.Kind = RecipeKind.RoutedFusion; r.RouterId = routerId; r.TopK = 2; });
        var client = await ClientAsync(recipe);
        var before = host.Models.RequestLog.Snapshot().Count;
        var text = new StringBuilder();
        var pieces = 0;

        await foreach (var update in client.CompleteChatStreamingAsync([new UserChatMessage("Explain photosynthesis.")]))
        {
            foreach (var part in update.ContentUpdate)
            {
                text.Append(part.Text);
                pieces += part.Text.Length > 0 ? 1 : 0;
            }
        }

        Assert.True(pieces > 1, $"the answer came in {pieces} piece(s)");
        var requests = host.RequestsSince(before);
        Assert.Equal(["sim-detailed", "sim-stepwise"], requests.Where(r => r.Kind == FakeRequestKind.Chat).Select(r => r.BaseModel).Order(StringComparer.Ordinal));
        var fusion = Assert.Single(requests, r => r.Kind == FakeRequestKind.Fusion);
        Assert.True(fusion.Stream);
        Assert.Equal(3, requests.Count);
        var served = Assert.Single(await ServedTrafficReader.ServedAsync(host.App, recipe));
        Assert.Equal(ServedOutcome.Answered, served.Outcome);
        await using var db = host.App.CreateDbContext();
        var fused = await db.Aggregates.AsNoTracking().SingleAsync(a => a.RunId == served.RunId && a.Method == AggregationMethod.RoutedFusion);
        Assert.Equal(text.ToString(), fused.Text);
        Assert.Equal(2, fused.SourceCandidateIds.Count);
        Assert.Equal(2, (await db.PromptRoutes.AsNoTracking().Include(r => r.Choices).SingleAsync(r => r.RunId == served.RunId)).Best(2).Count);
    }

    [Fact]
    public async Task A_routed_fusion_runs_setup_saved_as_a_recipe_serves_with_the_runs_router_and_top_k()
    {
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape { Prompts = 1, TeacherModels = Teachers, Methods = [AggregationMethod.RoutedFusion] });
        var routerId = await host.RouterAsync("sim-stepwise", "sim-concise", "sim-detailed");
        await using (var db = host.App.CreateDbContext())
        {
            var run = await db.Runs.SingleAsync(r => r.Id == runId);
            run.RouterId = routerId;
            run.RoutedTopK = 2;
            await db.SaveChangesAsync();
        }

        await using (var scope = host.App.Services.CreateAsyncScope())
        {
            var draft = await scope.ServiceProvider.GetRequiredService<RecipeDraftQuery>().LoadAsync(runId);
            Assert.NotNull(draft);
            Assert.Equal(RecipeKind.RoutedFusion, draft.Input.Kind);
            draft.Input.Name = $"saved-from-run-{runId}";
            var saved = await scope.ServiceProvider.GetRequiredService<RecipeStore>().CreateAsync(draft.Input, new LibraryEditor(ServingHost.MemberEmail));
            Assert.True(saved.Succeeded, string.Join("; ", saved.FieldErrors.Values));
        }

        var client = await ClientAsync($"saved-from-run-{runId}");
        var before = host.Models.RequestLog.Snapshot().Count;

        ChatCompletion completion = await client.CompleteChatAsync([new UserChatMessage("What makes bread rise?")]);

        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(completion.Content).Text));
        var requests = host.RequestsSince(before);
        Assert.Equal(["sim-concise", "sim-stepwise"], requests.Where(r => r.Kind == FakeRequestKind.Chat).Select(r => r.BaseModel).Order(StringComparer.Ordinal));
        Assert.Equal("fusor", Assert.Single(requests, r => r.Kind == FakeRequestKind.Fusion).BaseModel);
    }
}
