using Microsoft.Extensions.Options;

namespace FusionStudio.Jobs.Runs;

/// <summary>
/// The prompts this process advances at the same time, over all its batch jobs (<see cref="RunOptions.PromptConcurrency"/>).
/// A batch only says which prompts a job owns: when a job's last prompts are slow, the slots its finished prompts free
/// go to the prompts of other jobs, so a batch boundary never leaves the providers idle; their limits decide what runs.
/// </summary>
public sealed class PromptSlots(IOptions<RunOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _free = new(options.Value.PromptConcurrency);

    /// <summary>Whether a slot is free now, so no prompt waits for one.</summary>
    public bool AnyFree => _free.CurrentCount > 0;

    /// <summary>Waits for a free slot; disposing the returned lease frees it.</summary>
    public async Task<IDisposable> TakeAsync(CancellationToken cancellationToken)
    {
        await _free.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Lease(_free);
    }

    public void Dispose() => _free.Dispose();

    private sealed class Lease(SemaphoreSlim free) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                free.Release();
            }
        }
    }
}
