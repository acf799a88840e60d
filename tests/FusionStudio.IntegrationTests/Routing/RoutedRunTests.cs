using FusionStudio.Domain.Routing;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Embeddings;
using FusionStudio.Engine.Routing;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Routing;

/// <summary>Runs with the routed methods against the fake model server: only the calls the router's choices need.</summary>
public sealed class RoutedRunTests
{
    // A per-task router learned from a crafted log: explanations go to sim-detailed (then sim-stepwise), advice to
    // sim-concise (then sim-cautious). "sim-absent" is in the log but in no run: it is never routed to.
    private static readonly string[] LoggedModels = ["sim-concise", "sim-stepwise", "sim-detailed", "sim-cautious", "sim-absent"];
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["explanation"] = ["sim-detailed", "sim-stepwise"],
        ["advice"] = ["sim-concise", "sim-cautious"],
    };

    [Fact]
    public async Task A_run_of_only_routed_methods_asks_only_the_routed_teachers()
    {
        await using var host = await PipelineHost.StartAsync();
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = 10,
            Methods = [AggregationMethod.Routed, AggregationMethod.RoutedFusion],
        });
        await RouteAsync(host, runId, topK: 2);

        await TestRuns.StartAsync(host.App, runId);
        var run = await TestRuns.WaitUntilFinishedAsync(host.App, runId);

        Assert.Equal(RunStatus.Completed, run.Status);
        // Two teachers answer each prompt, and they are the router's top two for the prompt's task.
        var chats = host.Models.RequestLog.Snapshot().Where(r => r.Kind == FakeRequestKind.Chat).ToList();
        Assert.Equal(20, chats.Count);
        await using var db = host.App.CreateDbContext();
        var tasks = await db.DatasetPrompts.Where(p => p.DatasetId == run.DatasetId).ToDictionaryAsync(p => p.Text, p => p.Task);
        Assert.All(chats, chat => Assert.Contains(chat.Model, Expected[tasks[chat.Messages[^1].Content]]));
        Assert.Equal(10, host.Requests(FakeRequestKind.Fusion));
        // The routed answers are judged (Routed's score), and so are the fused answers.
        Assert.Equal(20 + 10, host.Requests(FakeRequestKind.PointwiseJudge));

        var routes = await db.PromptRoutes.Include(r => r.Choices).Where(r => r.RunId == runId).ToListAsync();
        Assert.Equal(10, routes.Count);
        Assert.All(routes, r => Assert.Equal(4, r.Choices.Count));
        var teachers = await db.Teachers.ToDictionaryAsync(t => t.Id, t => t.Model);
        var candidates = await db.Candidates.Where(c => c.RunId == runId).ToDictionaryAsync(c => c.Id);
        var routed = await db.Aggregates.Where(a => a.RunId == runId && a.Method == AggregationMethod.Routed).ToListAsync();
        Assert.Equal(10, routed.Count);
        Assert.All(routed, a =>
        {
            var chosen = candidates[a.SelectedCandidateId!.Value];
            var route = routes.Single(r => r.PromptId == a.PromptId);
            Assert.Equal(route.Best(1)[0], chosen.TeacherId);
            Assert.Equal(chosen.Text, a.Text);
        });
        var fused = await db.Aggregates.Where(a => a.RunId == runId && a.Method == AggregationMethod.RoutedFusion).ToListAsync();
        Assert.Equal(10, fused.Count);
        Assert.All(fused, a =>
        {
            Assert.NotNull(a.Text);
            Assert.Equal(routes.Single(r => r.PromptId == a.PromptId).Best(2).Order(), a.SourceCandidateIds.Select(id => candidates[id].TeacherId).Order());
        });
        Assert.Equal(10, await db.ModelCalls.CountAsync(c => c.RunId == runId && c.Purpose == ModelCallPurpose.RoutedFuse && c.AggregateId != null));
        Assert.DoesNotContain(await db.ModelCalls.Where(c => c.RunId == runId && c.Purpose == ModelCallPurpose.Generate).Select(c => c.TeacherId!.Value).ToListAsync(),
            id => teachers[id] == "sim-absent");
    }

    [Fact]
    public async Task Routed_beside_a_method_that_reads_every_candidate_makes_no_call_of_its_own()
    {
        await using var host = await PipelineHost.StartAsync();
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = 6,
            Methods = [AggregationMethod.Mbr, AggregationMethod.Routed],
        });
        await RouteAsync(host, runId, topK: 2);

        await TestRuns.StartAsync(host.App, runId);
        var run = await TestRuns.WaitUntilFinishedAsync(host.App, runId);

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(24, host.Requests(FakeRequestKind.Chat));
        Assert.Equal(0, host.Requests(FakeRequestKind.Fusion));
        await using var db = host.App.CreateDbContext();
        var prompts = await db.DatasetPrompts.Where(p => p.DatasetId == run.DatasetId).ToDictionaryAsync(p => p.Id, p => p.Task);
        var models = await db.Teachers.ToDictionaryAsync(t => t.Id, t => t.Model);
        var routed = await db.Aggregates.Where(a => a.RunId == runId && a.Method == AggregationMethod.Routed).ToListAsync();
        Assert.Equal(6, routed.Count);
        foreach (var answer in routed)
        {
            var chosen = await db.Candidates.SingleAsync(c => c.Id == answer.SelectedCandidateId);
            Assert.Equal(Expected[prompts[answer.PromptId]][0], models[chosen.TeacherId]);
        }
    }

    [Fact]
    public async Task A_prompt_the_router_cannot_place_fails_with_the_reason_and_asks_no_teacher()
    {
        await using var host = await PipelineHost.StartAsync();
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = 2,
            TeacherModels = ["sim-unknown-a", "sim-unknown-b"],
            Methods = [AggregationMethod.Routed],
        });
        await RouteAsync(host, runId, topK: 2);

        await TestRuns.StartAsync(host.App, runId);
        await TestRuns.WaitUntilFinishedAsync(host.App, runId);

        Assert.Equal(0, host.Requests(FakeRequestKind.Chat));
        await using var db = host.App.CreateDbContext();
        var prompts = await db.RunPrompts.Where(p => p.RunId == runId).ToListAsync();
        Assert.All(prompts, p => Assert.Equal(PromptStage.Failed, p.Stage));
        Assert.All(prompts, p => Assert.Contains("Routing: The router knows none of the run's teachers.", p.Error, StringComparison.Ordinal));
    }

    private static async Task RouteAsync(PipelineHost host, int runId, int topK)
    {
        await using var db = host.App.CreateDbContext();
        var router = new TrainedRouter
        {
            Name = $"per-task-{runId}",
            Version = 1,
            Algorithm = RouterAlgorithm.TaskBest,
            Signal = RoutingSignal.ImportedScore,
            Alpha = 1,
            Beta = 0,
            EmbeddingModel = EmbeddingModelKey.BuiltIn,
            Candidates = [.. LoggedModels],
            Model = RouterModelCodec.Write(TaskBestRouter.Train(CraftedLog())),
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Routers.Add(router);
        await db.SaveChangesAsync();
        var run = await db.Runs.SingleAsync(r => r.Id == runId);
        run.RouterId = router.Id;
        run.RoutedTopK = topK;
        await db.SaveChangesAsync();
    }

    private static RoutingLog CraftedLog()
    {
        double[] Scores(string task) => LoggedModels
            .Select(m => Expected[task][0] == m ? 0.9 : Expected[task][1] == m ? 0.7 : m == "sim-absent" ? 0.5 : 0.2)
            .ToArray();
        var cost = LoggedModels.Select(_ => 0.001).ToArray();
        var queries = Enumerable.Range(0, 8)
            .Select(i => i % 2 == 0 ? "explanation" : "advice")
            .Select((task, i) => new RoutingQuery($"q{i}", task, $"logged query {i}", Scores(task), cost))
            .ToList();
        return new RoutingLog(LoggedModels, queries);
    }
}
