using System.Threading.Channels;

namespace FusionStudio.Data.Writes;

/// <summary>
/// The loop behind group commit: the items handed over while a batch is being handled go together in the next one
/// (up to <c>maxBatch</c>), so the busier the callers, the larger the batches and the fewer the round trips. The owner
/// says what a batch does and settles each item's waiter; when handling throws, every item of the batch fails with it.
/// </summary>
public sealed class BatchingQueue<T> : IAsyncDisposable
{
    private readonly Channel<T> _queue = Channel.CreateUnbounded<T>();
    private readonly Func<List<T>, Task> _handle;
    private readonly Action<T, Exception> _fail;
    private readonly int _maxBatch;
    private readonly Task[] _readers;

    /// <param name="readers">Batches handled at the same time.</param>
    public BatchingQueue(int maxBatch, int readers, Func<List<T>, Task> handle, Action<T, Exception> fail)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(readers, 1);
        _maxBatch = maxBatch;
        _handle = handle;
        _fail = fail;
        _readers = Enumerable.Range(0, readers).Select(_ => Task.Run(ReadLoopAsync)).ToArray();
    }

    /// <returns>False once the queue is shutting down.</returns>
    public bool TryAdd(T item) => _queue.Writer.TryWrite(item);

    /// <summary>Handles what was handed over, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_readers).ConfigureAwait(false);
    }

    private async Task ReadLoopAsync()
    {
        var batch = new List<T>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            if (batch.Count == 0)
            {
                continue;
            }

            try
            {
                await _handle(batch).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                foreach (var item in batch)
                {
                    _fail(item, exception);
                }
            }
        }
    }
}
