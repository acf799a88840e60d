using FusionStudio.Data.RunChanges;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FusionStudio.UnitTests.RunPages;

public sealed class RunChangesTests
{
    [Fact]
    public async Task Many_changes_of_a_run_reach_its_subscriber_as_few_notices()
    {
        var feed = new RunChangeFeed();
        var notifier = new CoalescingRunChangeNotifier(new InProcessRunChangeTransport(feed), NullLogger<CoalescingRunChangeNotifier>.Instance);
        var notices = 0;
        var other = 0;
        using var subscription = feed.Subscribe(7, () => Interlocked.Increment(ref notices));
        using var otherSubscription = feed.Subscribe(8, () => Interlocked.Increment(ref other));

        for (var i = 0; i < 500; i++)
        {
            notifier.Changed(7);
        }

        await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref notices) > 0), TimeSpan.FromSeconds(10));
        // 500 changes in well under one window: one notice, or two if the loop straddled a window's end.
        Assert.InRange(notices, 1, 2);
        Assert.Equal(0, other);
    }

    [Fact]
    public async Task A_disposed_subscription_hears_nothing_more()
    {
        var feed = new RunChangeFeed();
        var notifier = new CoalescingRunChangeNotifier(new InProcessRunChangeTransport(feed), NullLogger<CoalescingRunChangeNotifier>.Instance);
        var gone = 0;
        var kept = 0;
        var subscription = feed.Subscribe(3, () => Interlocked.Increment(ref gone));
        using var keptSubscription = feed.Subscribe(3, () => Interlocked.Increment(ref kept));
        subscription.Dispose();

        notifier.Changed(3);

        await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref kept) == 1), TimeSpan.FromSeconds(10));
        Assert.Equal(0, gone);
    }

    [Fact]
    public void A_tally_counts_reached_steps_cumulatively_and_failures_apart()
    {
        var tally = new PromptStageTally(new Dictionary<PromptStage, int>
        {
            [PromptStage.Pending] = 2, [PromptStage.Generated] = 1, [PromptStage.Scored] = 1, [PromptStage.Aggregated] = 1,
            [PromptStage.Done] = 3, [PromptStage.Failed] = 2,
        });

        Assert.Equal(10, tally.Total);
        Assert.Equal(8, tally.Reached(PromptStage.Generated));
        Assert.Equal(6, tally.Reached(PromptStage.Aggregated));
        Assert.Equal(2, tally.Reached(PromptStage.Failed));
        Assert.Equal(5, tally.Processed);
        Assert.Equal(5, tally.InProgress);
        Assert.True(tally.SameAs(tally with { Stages = new Dictionary<PromptStage, int>(tally.Stages) { [PromptStage.Scored] = 1 } }));
        Assert.False(tally.SameAs(tally with { Stages = new Dictionary<PromptStage, int>(tally.Stages) { [PromptStage.Done] = 4 } }));
    }
}
