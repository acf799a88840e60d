using FusionStudio.Data;
using FusionStudio.Data.Writes;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs.Reads;

/// <summary>
/// Reads one kind of stored state for many prompts in one query. Each prompt's step still asks for its own prompt when
/// it needs it, so a prompt moves on as soon as its own step is done; the asks that arrive while a query is in flight
/// go together in the next (one <c>PromptId IN (…)</c> per run), so the busier the run, the fewer round trips per
/// prompt. What a prompt gets is as fresh as a query of its own made at that moment.
/// </summary>
/// <typeparam name="TScope">What the query depends on besides the prompt (the run, its judge…); asks group by it.</typeparam>
public abstract class PromptBatchReader<TScope, TRow> : IAsyncDisposable
    where TScope : notnull
{
    private const int MaxPrompts = 500;

    private readonly IDbContextFactory<FusionDbContext> _contexts;
    private readonly BatchingQueue<PendingRead> _queue;

    protected PromptBatchReader(IDbContextFactory<FusionDbContext> contexts)
    {
        _contexts = contexts;
        _queue = new BatchingQueue<PendingRead>(MaxPrompts, readers: 2, ReadAllAsync, (read, exception) => read.Rows.TrySetException(exception));
    }

    public ValueTask DisposeAsync() => _queue.DisposeAsync();

    protected Task<IReadOnlyList<TRow>> ReadRowsAsync(TScope scope, long promptId, CancellationToken cancellationToken)
    {
        var read = new PendingRead(scope, promptId);
        if (!_queue.TryAdd(read))
        {
            throw new ObjectDisposedException(GetType().Name, "The process is shutting down; no more reads are made.");
        }

        return read.Rows.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The rows of <paramref name="promptIds"/>, each with the prompt it belongs to.</summary>
    protected abstract Task<List<(long PromptId, TRow Row)>> QueryAsync(
        FusionDbContext db, TScope scope, List<long> promptIds, CancellationToken cancellationToken);

    /// <summary>The rows of a compiled query, as <see cref="QueryAsync"/> returns them.</summary>
    protected static async Task<List<(long PromptId, TRow Row)>> ListAsync(IAsyncEnumerable<PromptRow<TRow>> rows, CancellationToken cancellationToken) =>
        await rows.Select(row => (row.PromptId, row.Row)).ToListAsync(cancellationToken).ConfigureAwait(false);

    private async Task ReadAllAsync(List<PendingRead> batch)
    {
        foreach (var group in batch.GroupBy(r => r.Scope))
        {
            var promptIds = group.Select(r => r.PromptId).Distinct().ToList();
            List<(long PromptId, TRow Row)> rows;
            await using (var db = await _contexts.CreateDbContextAsync().ConfigureAwait(false))
            {
                rows = await QueryAsync(db, group.Key, promptIds, CancellationToken.None).ConfigureAwait(false);
            }

            var byPrompt = rows.ToLookup(r => r.PromptId, r => r.Row);
            foreach (var read in group)
            {
                read.Rows.TrySetResult(byPrompt[read.PromptId].ToList());
            }
        }
    }

    private sealed class PendingRead(TScope scope, long promptId)
    {
        public TScope Scope { get; } = scope;

        public long PromptId { get; } = promptId;

        public TaskCompletionSource<IReadOnlyList<TRow>> Rows { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
