namespace FusionStudio.Data.RunChanges;

/// <summary>The embedded default: workers and pages share one process, so notices go straight to the feed.</summary>
public sealed class InProcessRunChangeTransport(RunChangeFeed feed) : IRunChangeTransport
{
    public Task SendAsync(IReadOnlyCollection<int> runIds, CancellationToken cancellationToken)
    {
        feed.Deliver(runIds);
        return Task.CompletedTask;
    }
}
