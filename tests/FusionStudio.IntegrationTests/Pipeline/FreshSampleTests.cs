using FusionStudio.Domain.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Testing;
using FusionStudio.Web.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Pipeline;

/// <summary>
/// "Run again with…": reusing cached answers asks the provider nothing, drawing new samples asks it for every
/// answer again, and the two runs can then be set against each other on their shared prompts.
/// </summary>
public sealed class FreshSampleTests
{
    private const int Prompts = 6;

    [Fact]
    public async Task A_second_run_reuses_the_cache_unless_it_draws_new_samples_which_reach_the_fake_server()
    {
        await using var host = await PipelineHost.StartAsync();
        var firstId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape { Prompts = Prompts });
        await TestRuns.StartAsync(host.App, firstId);
        Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(host.App, firstId)).Status);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);
        var firstCandidates = host.Requests(FakeRequestKind.Chat);
        Assert.True(firstCandidates >= Prompts * 4, $"{firstCandidates} generation requests");
        host.Models.RequestLog.Clear();

        var reusedId = await TestRuns.CopyAsync(host.App, firstId, run => run.SampleOffset = 0);
        await TestRuns.StartAsync(host.App, reusedId);
        Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(host.App, reusedId)).Status);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);
        Assert.Empty(host.Models.RequestLog.Snapshot());

        var drawnId = await TestRuns.CopyAsync(host.App, firstId, run => run.SampleOffset = SampleOffsets.Next(0));
        await TestRuns.StartAsync(host.App, drawnId);
        Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(host.App, drawnId)).Status);
        await TestRuns.WaitUntilQueueIdleAsync(host.App);

        // Every candidate, fused answer and judge call was asked of the model again, at the shifted sample index.
        Assert.Equal(firstCandidates, host.Requests(FakeRequestKind.Chat));
        Assert.Equal(Prompts, host.Requests(FakeRequestKind.Fusion));
        Assert.True(host.Requests(FakeRequestKind.PointwiseJudge) > 0);
        await using (var db = host.App.CreateDbContext())
        {
            var calls = await db.ModelCalls.AsNoTracking().Where(c => c.RunId == drawnId).ToListAsync();
            // Two identical texts within the run may share a judge call from the cache; answers never do.
            Assert.All(calls.Where(c => c.Purpose is ModelCallPurpose.Generate or ModelCallPurpose.Fuse), c => Assert.False(c.Usage.CacheHit));
            Assert.All(calls, c => Assert.True(c.SampleIndex >= SampleOffsets.Stride, $"sample index {c.SampleIndex}"));
        }

        var differences = await host.App.Services.GetRequiredService<RunDifferenceQuery>().LoadAsync(firstId, drawnId);
        var bestOfN = Assert.Single(differences, d => d.Method == AggregationMethod.BestOfN).Difference;
        Assert.Equal(Prompts, bestOfN.Prompts);
        Assert.InRange(bestOfN.Mean!.Value, bestOfN.Lower!.Value, bestOfN.Upper!.Value);
        var same = await host.App.Services.GetRequiredService<RunDifferenceQuery>().LoadAsync(firstId, reusedId);
        Assert.All(same, d => Assert.Equal((0.0, 0.0, 0.0), (d.Difference.Mean!.Value, d.Difference.Lower!.Value, d.Difference.Upper!.Value)));
    }
}
