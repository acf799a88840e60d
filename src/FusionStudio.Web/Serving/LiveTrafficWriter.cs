using System.Threading.Channels;
using FusionStudio.Jobs.Serving;

namespace FusionStudio.Web.Serving;

/// <summary>
/// Stores served requests off the request's path: the endpoint queues each one once its answer is out, and this
/// service writes what has queued up in batches, one transaction each. A caller never waits for the store, a busy
/// endpoint writes many requests per round trip, and on shutdown the queue is written out before the process ends.
/// </summary>
internal sealed class LiveTrafficWriter(LiveTrafficStore store, Recipes.LiveRunProvisioner liveRuns, ILogger<LiveTrafficWriter> logger) : BackgroundService
{
    private const int Capacity = 10_000;
    private const int MaxBatch = 200;

    // Bounded: if the database falls behind for long, requests wait to queue rather than memory growing without end.
    private readonly Channel<ServedExchange> _queue = Channel.CreateBounded<ServedExchange>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ValueTask EnqueueAsync(ServedExchange exchange) => _queue.Writer.WriteAsync(exchange, CancellationToken.None);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Reads until the queue is completed at shutdown, not until the stopping token: what was served is written.
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            var batch = new List<ServedExchange>();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var exchange))
            {
                batch.Add(exchange);
            }

            try
            {
                foreach (var plan in batch.Select(e => e.Plan).Where(p => p.Version.LiveRunId is null).DistinctBy(p => p.Version.Id))
                {
                    // Kept on the loaded version too, so the requests that follow on it need not ask again.
                    plan.Version.LiveRunId = await liveRuns.EnsureAsync(plan.Version.Id, plan.RecipeName);
                }

                foreach (var exchange in batch.Where(e => e.Plan.Version.LiveRunId is null))
                {
                    exchange.Plan.Version.LiveRunId = batch.First(e => e.Plan.Version.Id == exchange.Plan.Version.Id && e.Plan.Version.LiveRunId is not null).Plan.Version.LiveRunId;
                }

                await store.StoreAsync(batch);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // The callers have their answers; a batch that cannot be stored is logged loudly, and the writer goes on.
                logger.LogError(exception, "{Count} served request(s) could not be stored", batch.Count);
            }
        }
    }
}
