using FusionStudio.Data;
using FusionStudio.Data.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs.Reads;

/// <summary>Why a prompt failed (<see cref="PromptFailures"/>), read for the prompts that finish at about the same time together.</summary>
public sealed class PromptFailureReader(IDbContextFactory<FusionDbContext> contexts) : PromptBatchReader<int, string>(contexts)
{
    public Task<IReadOnlyList<string>> ReadAsync(int runId, long promptId, CancellationToken cancellationToken) =>
        ReadRowsAsync(runId, promptId, cancellationToken);

    protected override Task<List<(long PromptId, string Row)>> QueryAsync(
        FusionDbContext db, int runId, List<long> promptIds, CancellationToken cancellationToken) =>
        PromptFailures.ReadManyAsync(db, runId, promptIds, cancellationToken);
}
