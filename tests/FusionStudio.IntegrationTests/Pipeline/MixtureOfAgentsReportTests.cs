using System.Text;
using System.Text.Json;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Exports;
using FusionStudio.Testing;
using FusionStudio.Web.Exports;
using FusionStudio.Web.Reports;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Pipeline;

public sealed class MixtureOfAgentsReportTests
{
    private const int Prompts = 4;

    private const int N = 3;

    [Fact]
    public async Task The_report_and_the_exports_show_mixture_of_agents_beside_fusion_and_best_of_n()
    {
        await using var host = await PipelineHost.StartAsync();
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = Prompts,
            // Every teacher call takes at least 60 ms, so a prompt's generation and proposer steps take at least 60 ms each.
            TeacherModels = ["sim-concise#latency=60", "sim-stepwise#latency=60", "sim-detailed#latency=60"],
            Methods = [AggregationMethod.BestOfN, AggregationMethod.FusionOfN, AggregationMethod.MixtureOfAgents],
            Pairs = [new(AggregationMethod.MixtureOfAgents, AggregationMethod.FusionOfN), MethodPair.FusionVersusBestOfN],
        });
        await TestRuns.StartAsync(host.App, runId);
        Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(host.App, runId)).Status);

        var report = (await host.App.Services.GetRequiredService<RunReportQuery>().LoadAsync(runId))!;
        var setup = (await host.App.Services.GetRequiredService<RunSetupQuery>().LoadAsync(runId))!;
        Assert.Equal("2 layers, proposer prompt MoA proposer (default) · v1", setup.Mixture);

        var moaPair = report.Pairs.Single(p => p.Pair.A == AggregationMethod.MixtureOfAgents);
        Assert.Equal(AggregationMethod.FusionOfN, moaPair.Pair.B);
        Assert.Equal(Prompts, moaPair.Judge.Verdicts);
        Assert.Equal("Mixture-of-Agents vs Fusion-of-N", moaPair.Pair.ToString());
        Assert.Equal(Prompts, report.Scores.Single(s => s.Method == AggregationMethod.MixtureOfAgents).Distribution.Count);
        var costs = report.Costs.ToDictionary(c => c.Method);
        // Generation (N per prompt) is shared; Mixture-of-Agents adds N proposer calls and one fusor call per prompt.
        Assert.Equal(Prompts * N, costs[AggregationMethod.FusionOfN].Calls - Prompts);
        Assert.Equal((Prompts * N) + (Prompts * N) + Prompts, costs[AggregationMethod.MixtureOfAgents].Calls);
        Assert.Equal(Prompts, costs[AggregationMethod.MixtureOfAgents].Prompts);
        Assert.True(costs[AggregationMethod.MixtureOfAgents].Cost > costs[AggregationMethod.FusionOfN].Cost);
        Assert.InRange(costs[AggregationMethod.MixtureOfAgents].LatencyPerPromptMs!.Value, 2 * 60, double.MaxValue);

        var aggregates = await ExportAsync(host, runId, ExportKind.Aggregates, SftAnswerRule.Fusion);
        var moa = aggregates.Where(r => r.GetProperty("method").GetString() == "moa").ToList();
        Assert.Equal(Prompts, moa.Count);
        Assert.All(moa, r => Assert.Equal(JsonValueKind.Number, r.GetProperty("score").ValueKind));
        var comparisons = await ExportAsync(host, runId, ExportKind.Comparisons, SftAnswerRule.Fusion);
        Assert.Equal(Prompts, comparisons.Count(r => r.GetProperty("method_a").GetString() == "moa"));

        await using var db = host.App.CreateDbContext();
        var answers = await db.Aggregates.Where(a => a.RunId == runId && a.Method == AggregationMethod.MixtureOfAgents).Select(a => a.Text).ToListAsync();
        var sft = await ExportAsync(host, runId, ExportKind.Sft, SftAnswerRule.MixtureOfAgents);
        Assert.Equal(Prompts, sft.Count);
        Assert.All(sft, r => Assert.Contains(r.GetProperty("messages").EnumerateArray().Last().GetProperty("content").GetString(), answers));
    }

    private static async Task<List<JsonElement>> ExportAsync(PipelineHost host, int runId, ExportKind kind, SftAnswerRule answer)
    {
        using var output = new MemoryStream();
        await host.App.Services.GetRequiredService<RunExporter>().WriteAsync(
            runId, new ExportRequest(kind, ExportFormat.Jsonl) { Filter = ExportFilter.None, SftAnswer = answer }, output, CancellationToken.None);
        return Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
    }
}
