using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;
using FusionStudio.Engine.Scaling;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.IntegrationTests.Reports;
using FusionStudio.Testing;
using FusionStudio.Web.Scaling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FusionStudio.IntegrationTests.Scaling;

/// <summary>
/// Points over more prompts than the bootstrap resamples come from moments PostgreSQL sums over the stored rows; they
/// equal the .NET computation over the same per-prompt values (the normal interval of <see cref="MeanInterval"/>).
/// A bootstrap limit of 2 puts a small real run's points above it.
/// </summary>
public sealed class ScalingMomentsTests
{
    private const double Tolerance = 1e-9;

    [Fact]
    public async Task Points_above_the_bootstrap_limit_equal_the_normal_interval_over_their_values()
    {
        await using var host = await PipelineHost.StartAsync(($"{BootstrapOptions.Section}:MaxResampledValues", "2"));
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape { Prompts = 6, SamplesPerTeacher = 2 });
        await TestRuns.StartAsync(host.App, runId);
        await TestRuns.WaitUntilFinishedAsync(host.App, runId);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);
        var options = host.App.Services.GetRequiredService<IOptions<BootstrapOptions>>().Value;
        Assert.Equal(2, options.MaxResampledValues);

        var curve = await host.App.Services.GetRequiredService<ScalingCurveQuery>().LoadAsync(runId);

        await using var db = host.App.CreateDbContext();
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleAsync(r => r.Id == runId);
        var stored = await db.RunPrompts.AsNoTracking().Where(p => p.RunId == runId && p.BestOfK != null).OrderBy(p => p.PromptId).Select(p => p.BestOfK).ToListAsync();
        AssertSame(BestOfKCurve.FromPrompts(stored, run.Teachers.Sum(t => t.SampleCount), run.Seed, options), curve!.BestOfN);

        // FusioN@k over the answers' scores joined from their score rows, one value per prompt.
        var joined = await AnswerScoreCheck.JoinedAsync(db, runId);
        var fused = await db.Aggregates.AsNoTracking().Where(a => a.RunId == runId && a.Method == AggregationMethod.FusionOfN)
            .Select(a => new { a.Id, a.PromptId, a.CandidateLimit }).ToListAsync();
        var fusion = fused.Where(a => joined[a.Id] is not null).GroupBy(a => a.CandidateLimit).OrderBy(g => g.Key)
            .Select(g => ScalingPoint.Of(
                g.Key, g.GroupBy(a => a.PromptId).Select(p => (double?)p.Average(a => joined[a.Id]!.Value)), BestOfKCurve.PointSeed(run.Seed, 1, g.Key), options))
            .ToList();
        AssertSame(fusion, curve.Fusion);

        // Not vacuous: every point is a normal interval over all six prompts.
        Assert.NotEmpty(curve.Fusion);
        Assert.All(curve.BestOfN.Concat(curve.Fusion), p => Assert.Equal((MeanIntervalKind.Normal, 6), (p.Interval, p.Prompts)));
    }

    private static void AssertSame(IReadOnlyList<ScalingPoint> expected, IReadOnlyList<ScalingPoint> actual)
    {
        Assert.Equal(expected.Select(p => (p.K, p.Prompts, p.Interval)), actual.Select(p => (p.K, p.Prompts, p.Interval)));
        foreach (var (e, a) in expected.Zip(actual))
        {
            Assert.Equal(e.MeanScore!.Value, a.MeanScore!.Value, Tolerance);
            Assert.Equal(e.Lower!.Value, a.Lower!.Value, Tolerance);
            Assert.Equal(e.Upper!.Value, a.Upper!.Value, Tolerance);
        }
    }
}
