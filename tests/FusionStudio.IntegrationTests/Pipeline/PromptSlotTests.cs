using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Testing;

namespace FusionStudio.IntegrationTests.Pipeline;

public sealed class PromptSlotTests
{
    private const int Slots = 4;
    private const int SlowMs = 3_000;

    [Fact]
    public async Task A_slow_prompt_holds_one_slot_while_the_prompts_of_every_batch_share_the_rest()
    {
        // Four jobs of four prompts could run sixteen prompts at once, and the provider allows sixteen calls: the process's
        // slots are what bound the work.
        var (requests, slow) = await RunWithOneSlowPromptAsync(workers: 4);

        // The slow prompt's batch does not hold back the rest: every other prompt, of its own batch and of the three
        // others, is asked while it waits.
        AssertAskedWhileTheSlowOneWaits(requests, slow);
        Assert.Equal(Slots, RequestOverlap.MostAtOnce(requests));
    }

    [Fact]
    public async Task A_lone_worker_whose_batch_waits_on_a_slow_prompt_takes_over_the_other_batches()
    {
        // One worker: the other batches' jobs cannot start until the slow prompt's job ends, so only that job can keep
        // the idle slots busy, by taking over their batches.
        var (requests, slow) = await RunWithOneSlowPromptAsync(workers: 1);

        AssertAskedWhileTheSlowOneWaits(requests, slow);
        Assert.True(RequestOverlap.MostAtOnce(requests) <= Slots);
    }

    /// <returns>The run's chat requests, each prompt asked once (a batch's own job, run later, finds its prompts done), and the slow one.</returns>
    private static async Task<(List<FakeRequestRecord> Requests, FakeRequestRecord Slow)> RunWithOneSlowPromptAsync(int workers)
    {
        await using var host = await PipelineHost.StartAsync(
            ("Runs:BatchSize", "4"),
            ("Runs:PromptConcurrency", Slots.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Hosting:WorkerCount", workers.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        host.Models.Configure(o => o with { LatencyMs = 150, SlowPrompt = new SlowPromptRule("topic number 0 work", SlowMs) });
        var runId = await TestRuns.CreateAsync(host.App, host.Models.BaseUrl, new TestRunShape
        {
            Prompts = 16,
            TeacherModels = ["sim-concise"],
            Methods = [AggregationMethod.Random],
            Concurrency = 16,
        });

        await TestRuns.StartAsync(host.App, runId);
        var run = await TestRuns.WaitUntilFinishedAsync(host.App, runId);

        Assert.Equal(RunStatus.Completed, run.Status);
        var requests = host.Models.RequestLog.Snapshot().Where(r => r.Kind == FakeRequestKind.Chat).ToList();
        Assert.Equal(16, requests.Count);
        return (requests, Assert.Single(requests, r => r.LatencyMs == SlowMs));
    }

    private static void AssertAskedWhileTheSlowOneWaits(List<FakeRequestRecord> requests, FakeRequestRecord slow)
    {
        var slowAnswered = slow.ReceivedAt.AddMilliseconds(SlowMs);
        Assert.All(requests.Where(r => r != slow), r => Assert.True(r.ReceivedAt < slowAnswered, $"asked {(r.ReceivedAt - slow.ReceivedAt).TotalMilliseconds:0} ms after the slow one"));
    }
}
