using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Jobs.Runs.Ownership;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Jobs.Runs;

/// <summary>
/// Finds more work for a batch job whose own prompts are all under way while the process's prompt slots sit idle: the
/// run's first unfinished batch that no live job owns. When every worker's job is down to its slowest prompts, the
/// providers stay busy instead of waiting for a worker to come free. The batch's own queued job finds it owned, looks
/// again later, and then finds it done.
/// </summary>
public sealed class BatchAdopter(IDbContextFactory<FusionDbContext> contexts, IBatchOwnership ownership, IOptions<RunOptions> options)
{
    // Batches tried per look: the first free one is taken; a look that finds all of them owned gives up.
    private const int BatchesPerLook = 4;

    public async Task<AdoptedBatch?> TryAdoptAsync(int runId, IReadOnlyCollection<RunBatchRange> owned, CancellationToken cancellationToken)
    {
        var batchSize = options.Value.BatchSize;
        var ownedFirsts = owned.Select(b => b.First).ToList();
        List<int> firsts;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            firsts = await db.RunPrompts
                .Where(p => p.RunId == runId && p.Stage != PromptStage.Done && p.Stage != PromptStage.Failed)
                .Select(p => p.Ordinal / batchSize * batchSize)
                .Where(first => !ownedFirsts.Contains(first))
                .Distinct()
                .OrderBy(first => first)
                .Take(BatchesPerLook)
                .ToListAsync(cancellationToken);
        }

        foreach (var first in firsts)
        {
            if (await ownership.TryTakeAsync(runId, first, BatchWork.Prompts, cancellationToken) is { } lease)
            {
                return new AdoptedBatch(RunBatchRange.Starting(first, batchSize), lease);
            }
        }

        return null;
    }
}
