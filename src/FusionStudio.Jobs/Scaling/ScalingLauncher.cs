using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Jobs.Runs;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Jobs.Scaling;

/// <summary>
/// Confirms FusioN@k points for a run: stores the k values, how many random subsets each averages and on how many
/// prompts (a seeded sample), forgets failed FusioN@k answers and scores so they are
/// tried again, and enqueues one job per batch of prompts. The run's status does not change, and confirming again
/// (or a re-enqueued job) adds nothing that already exists.
/// </summary>
public sealed class ScalingLauncher(
    IDbContextFactory<FusionDbContext> contexts, RunContextLoader loader, IBackgroundJobClient jobs, IOptions<RunOptions> options)
{
    public async Task<ScalingConfirmation> ConfirmAsync(int runId, ScalingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var limits = request.Limits;
        ArgumentNullException.ThrowIfNull(limits);
        var run = await loader.LoadAsync(runId, cancellationToken);
        if (run is null)
        {
            return ScalingConfirmation.Refused($"Run {runId} does not exist.");
        }

        if (ScalingReadiness.Problem(run) is { } problem)
        {
            return ScalingConfirmation.Refused(problem);
        }

        if (ScalingLimits.Problem(limits, run.CandidatesPerPrompt) is { } wrong)
        {
            return ScalingConfirmation.Refused(wrong);
        }

        if (request.Problem() is { } bad)
        {
            return ScalingConfirmation.Refused(bad);
        }

        var chosen = limits.Distinct().Order().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Through the execution strategy, so a database restart mid-way retries the whole transaction (it is idempotent).
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var stored = await db.Runs.SingleAsync(r => r.Id == runId, cancellationToken);
            stored.ScalingCandidateLimits = stored.ScalingCandidateLimits.Union(chosen).Order().ToList();
            stored.ScalingSubsets = request.Subsets;
            stored.ScalingPromptLimit = request.PromptLimit;
            await db.SaveChangesAsync(cancellationToken);

            // A retry: failed FusioN@k answers and unreadable scores of them are done again; what succeeded stays.
            var pointAggregates = db.Aggregates.Where(a => a.RunId == runId && a.Method == AggregationMethod.FusionOfN && chosen.Contains(a.CandidateLimit));
            await db.Scores.Where(s => s.RunId == runId && s.Error != null && pointAggregates.Any(a => a.Id == s.AggregateId))
                .ExecuteDeleteAsync(cancellationToken);
            await pointAggregates.Where(a => a.Error != null).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });

        var batchSize = options.Value.BatchSize;
        var batches = await db.RunPrompts.Where(p => p.RunId == runId)
            .Select(p => p.Ordinal / batchSize)
            .Distinct()
            .OrderBy(b => b)
            .ToListAsync(cancellationToken);
        foreach (var batch in batches)
        {
            var first = batch * batchSize;
            jobs.Enqueue<AdvanceScalingBatchJob>(job => job.RunAsync(runId, first, first + batchSize - 1, CancellationToken.None));
        }

        var points = string.Join(", ", chosen.Select(k => $"FusioN@{k}"));
        return new ScalingConfirmation(true, batches.Count, $"Computing {points}.");
    }
}
