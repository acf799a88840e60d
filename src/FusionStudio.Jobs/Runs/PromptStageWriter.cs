using FusionStudio.Data;
using FusionStudio.Data.RunChanges;
using FusionStudio.Data.Runs;
using FusionStudio.Data.Writes;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs;

/// <summary>
/// Moves prompts to their next stage, many in one statement: the moves asked for while an update is in flight go
/// together in the next (one UPDATE per target stage), so a run's progress costs a fraction of a round trip per prompt.
/// Stages only move forward (<see cref="PromptStageMoves"/>); from Aggregated on, a move also stores the prompts'
/// table values in the same statement (<see cref="PromptTableSummaryWriter.MoveAsync"/>).
/// </summary>
public sealed class PromptStageWriter : IAsyncDisposable
{
    private const int MaxMoves = 500;

    private readonly IDbContextFactory<FusionDbContext> _contexts;
    private readonly IRunChangeNotifier _changes;
    private readonly TimeProvider _clock;
    private readonly BatchingQueue<StageMove> _queue;

    public PromptStageWriter(IDbContextFactory<FusionDbContext> contexts, IRunChangeNotifier changes, TimeProvider clock)
    {
        _contexts = contexts;
        _changes = changes;
        _clock = clock;
        _queue = new BatchingQueue<StageMove>(MaxMoves, readers: 1, WriteAllAsync, (move, exception) => move.Written.TrySetException(exception));
    }

    /// <summary>Moves the prompt to <paramref name="stage"/> (with the failure reasons when it failed), unless it is already there or beyond.</summary>
    public Task MoveAsync(int runId, long runPromptId, PromptStage stage, string? error, CancellationToken cancellationToken)
    {
        var move = new StageMove(runId, runPromptId, stage, error);
        if (!_queue.TryAdd(move))
        {
            throw new ObjectDisposedException(nameof(PromptStageWriter), "The process is shutting down; no more stages are written.");
        }

        return move.Written.Task.WaitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _queue.DisposeAsync();

    /// <summary>Moves with a reason carry their own text, so each is its own statement; the rest group by stage.</summary>
    private async Task WriteAllAsync(List<StageMove> batch)
    {
        foreach (var group in batch.GroupBy(m => (m.Stage, m.Error)))
        {
            var moves = group.ToList();
            await DatabaseFaults.WaitOutAsync(() => WriteAsync(moves)).ConfigureAwait(false);
            foreach (var move in moves)
            {
                move.Written.TrySetResult();
            }
        }
    }

    private async Task WriteAsync(List<StageMove> moves)
    {
        var (stage, error) = (moves[0].Stage, moves[0].Error);
        var now = _clock.GetUtcNow();
        await using var db = await _contexts.CreateDbContextAsync().ConfigureAwait(false);
        foreach (var run in moves.GroupBy(m => m.RunId))
        {
            var ids = run.Select(m => m.RunPromptId).ToList();
            if (await PromptTableSummaryWriter.MoveAsync(db, run.Key, ids, stage, error, now, CancellationToken.None).ConfigureAwait(false) > 0)
            {
                _changes.Changed(run.Key);
            }
        }
    }

    private sealed record StageMove(int RunId, long RunPromptId, PromptStage Stage, string? Error)
    {
        public TaskCompletionSource Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
