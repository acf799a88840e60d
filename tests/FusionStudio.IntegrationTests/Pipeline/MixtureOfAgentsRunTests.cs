using System.Text.RegularExpressions;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Jobs.Runs;
using FusionStudio.Jobs.Runs.Steps;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Pipeline;

public sealed partial class MixtureOfAgentsRunTests
{
    private const int Prompts = 6;

    private static readonly TestRunShape s_shape = new()
    {
        Prompts = Prompts,
        TeacherModels = ["sim-concise", "sim-stepwise", "sim-detailed"],
        Methods = [AggregationMethod.BestOfN, AggregationMethod.FusionOfN, AggregationMethod.MixtureOfAgents],
        Pairs = [new(AggregationMethod.MixtureOfAgents, AggregationMethod.FusionOfN), new(AggregationMethod.MixtureOfAgents, AggregationMethod.BestOfN)],
        MixtureLayers = 2,
    };

    [Fact]
    public async Task MoA_with_2_layers_makes_exactly_the_calls_it_should()
    {
        await using var host = await PipelineHost.StartAsync();
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, s_shape);

        await TestRuns.StartAsync(host.App, runId);
        var run = await TestRuns.WaitUntilFinishedAsync(host.App, runId);

        Assert.Equal(RunStatus.Completed, run.Status);
        const int n = 3;
        // Layer 1 is the candidates; layer 2 asks each of the 3 teachers again; one fusor call each for FusioN and MoA.
        Assert.Equal(Prompts * n, host.Requests(FakeRequestKind.Chat));
        Assert.Equal(Prompts * n, host.Requests(FakeRequestKind.MoaProposer));
        Assert.Equal(Prompts * 2, host.Requests(FakeRequestKind.Fusion));
        Assert.Equal((Prompts * n) + (Prompts * 2), host.Requests(FakeRequestKind.PointwiseJudge));
        Assert.Equal(Prompts * 2 * 2, host.Requests(FakeRequestKind.PairwiseJudge));

        await using var db = host.App.CreateDbContext();
        var purposes = await db.ModelCalls.Where(c => c.RunId == runId).GroupBy(c => c.Purpose).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count);
        Assert.Equal(Prompts * n, purposes[ModelCallPurpose.Propose]);
        Assert.Equal(Prompts, purposes[ModelCallPurpose.MixtureFuse]);
        Assert.Equal(Prompts, purposes[ModelCallPurpose.Fuse]);
        Assert.Equal(Prompts * 2, purposes[ModelCallPurpose.JudgeFusedAnswer]);

        var candidates = await db.Candidates.Where(c => c.RunId == runId).ToListAsync();
        var layer2 = await db.LayerAnswers.Where(a => a.RunId == runId).ToListAsync();
        Assert.Equal(Prompts * n, layer2.Count);
        Assert.All(layer2, a => Assert.Equal(2, a.Layer));
        Assert.All(layer2, a => Assert.Equal(run.ProposerTemplateVersionId, a.TemplateVersionId));
        Assert.All(layer2, a => Assert.Equal(
            candidates.Where(c => c.PromptId == a.PromptId).Select(c => c.Id).Order(), a.PresentedOrder.Order()));
        var proposeLinks = await db.ModelCalls.Where(c => c.RunId == runId && c.Purpose == ModelCallPurpose.Propose).Select(c => c.LayerAnswerId).ToListAsync();
        Assert.Equal(layer2.Select(a => (long?)a.Id).Order(), proposeLinks.Order());

        var mixtures = await db.Aggregates.Where(a => a.RunId == runId && a.Method == AggregationMethod.MixtureOfAgents).ToListAsync();
        Assert.Equal(Prompts, mixtures.Count);
        Assert.All(mixtures, a => Assert.NotNull(a.Text));
        Assert.Equal(Prompts * 2, await db.Scores.CountAsync(s => s.RunId == runId && s.AggregateId != null && s.Value != null));
        Assert.Equal(Prompts * 2, await db.Comparisons.CountAsync(c => c.RunId == runId && c.Final != null));

        // Each proposer read the prompt's candidates as references; the MoA fusor read layer 2, FusioN's read layer 1.
        var prompts = await db.DatasetPrompts.Where(p => p.DatasetId == run.DatasetId).ToDictionaryAsync(p => p.Text, p => p.Id);
        var log = host.Models.RequestLog.Snapshot();
        foreach (var proposal in log.Where(r => r.Kind == FakeRequestKind.MoaProposer))
        {
            var promptId = prompts[PromptOf(proposal)];
            Assert.Equal(Texts(candidates.Where(c => c.PromptId == promptId).Select(c => c.Text!)), Blocks(ReferenceBlock(), proposal));
        }

        var fusions = log.Where(r => r.Kind == FakeRequestKind.Fusion).Select(r => (Prompt: prompts[PromptOf(r)], Texts: Blocks(CandidateBlock(), r))).ToList();
        foreach (var promptId in prompts.Values)
        {
            var read = fusions.Where(f => f.Prompt == promptId).Select(f => f.Texts).ToList();
            Assert.Equal(2, read.Count);
            Assert.Contains(Texts(layer2.Where(a => a.PromptId == promptId).Select(a => a.Text!)), read);
            Assert.Contains(Texts(candidates.Where(c => c.PromptId == promptId).Select(c => c.Text!)), read);
        }
    }

    [Fact]
    public async Task A_retried_step_and_a_second_worker_store_each_layer_answer_and_the_answer_once()
    {
        await using var host = await PipelineHost.StartAsync();
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, s_shape with { Prompts = 2, Methods = [AggregationMethod.MixtureOfAgents], Pairs = [] });
        await TestRuns.StartAsync(host.App, runId);
        Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(host.App, runId)).Status);

        var context = (await host.App.Services.GetRequiredService<RunContextLoader>().LoadAsync(runId, CancellationToken.None))!;
        await using var db = host.App.CreateDbContext();
        var prompts = await db.DatasetPrompts.AsNoTracking().Where(p => p.DatasetId == context.Run.DatasetId).OrderBy(p => p.Ordinal).ToListAsync();

        // A retry after the run finished finds everything stored and asks nothing.
        host.Models.RequestLog.Clear();
        foreach (var prompt in prompts)
        {
            await host.App.Services.GetRequiredService<MixtureOfAgentsStep>().RunAsync(context, prompt, CancellationToken.None);
        }

        Assert.Equal(0, host.Models.RequestLog.Count);

        // Two workers on the same prompt at once, its MoA rows gone: the unique keys keep one of each.
        var again = prompts[0];
        await db.Aggregates.Where(a => a.RunId == runId && a.PromptId == again.Id).ExecuteDeleteAsync();
        await db.LayerAnswers.Where(a => a.RunId == runId && a.PromptId == again.Id).ExecuteDeleteAsync();
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            host.App.Services.GetRequiredService<MixtureOfAgentsStep>().RunAsync(context, again, CancellationToken.None)));

        var answers = await db.LayerAnswers.Where(a => a.RunId == runId && a.PromptId == again.Id).ToListAsync();
        Assert.Equal(3, answers.Count);
        Assert.Equal(3, answers.Select(a => (a.TeacherId, a.SampleIndex)).Distinct().Count());
        var aggregate = await db.Aggregates.SingleAsync(a => a.RunId == runId && a.PromptId == again.Id && a.Method == AggregationMethod.MixtureOfAgents);
        Assert.NotNull(aggregate.Text);
        Assert.Equal(1, await db.ModelCalls.CountAsync(c => c.AggregateId == aggregate.Id && c.Purpose == ModelCallPurpose.MixtureFuse));
        var linked = answers.Select(a => (long?)a.Id).ToList();
        Assert.Equal(3, await db.ModelCalls.CountAsync(c => linked.Contains(c.LayerAnswerId) && c.Purpose == ModelCallPurpose.Propose));
    }

    [Fact]
    public async Task Each_later_layer_reads_the_layer_before_it()
    {
        await using var host = await PipelineHost.StartAsync();
        var shape = s_shape with { Prompts = 2, TeacherModels = ["sim-concise", "sim-stepwise"], Methods = [AggregationMethod.MixtureOfAgents], Pairs = [], MixtureLayers = 3 };
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, shape);
        await TestRuns.StartAsync(host.App, runId);
        Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(host.App, runId)).Status);

        Assert.Equal(2 * 2, host.Requests(FakeRequestKind.Chat));
        Assert.Equal(2 * 2 * 2, host.Requests(FakeRequestKind.MoaProposer));
        Assert.Equal(2, host.Requests(FakeRequestKind.Fusion));
        await using var db = host.App.CreateDbContext();
        var answers = await db.LayerAnswers.Where(a => a.RunId == runId).ToListAsync();
        foreach (var third in answers.Where(a => a.Layer == 3))
        {
            var second = answers.Where(a => a.Layer == 2 && a.PromptId == third.PromptId).Select(a => a.Id);
            Assert.Equal(second.Order(), third.PresentedOrder.Order());
        }

        Assert.Equal(4, answers.Count(a => a.Layer == 3));
    }

    private static string PromptOf(FakeRequestRecord record) =>
        PromptBlock().Match(string.Join("\n", record.Messages.Select(m => m.Content))).Groups["body"].Value.Trim();

    private static string Blocks(Regex pattern, FakeRequestRecord record) =>
        Texts(pattern.Matches(string.Join("\n", record.Messages.Select(m => m.Content))).Select(m => m.Groups["body"].Value));

    /// <summary>A set of answer texts as one comparable string.</summary>
    private static string Texts(IEnumerable<string> texts) => string.Join("\n||\n", texts.Select(t => t.Trim()).Order(StringComparer.Ordinal));

    [GeneratedRegex("""<prompt>(?<body>.*?)</prompt>""", RegexOptions.Singleline)]
    private static partial Regex PromptBlock();

    [GeneratedRegex("""<reference id="\d+">(?<body>.*?)</reference>""", RegexOptions.Singleline)]
    private static partial Regex ReferenceBlock();

    [GeneratedRegex("""<candidate id="\d+">(?<body>.*?)</candidate>""", RegexOptions.Singleline)]
    private static partial Regex CandidateBlock();
}
