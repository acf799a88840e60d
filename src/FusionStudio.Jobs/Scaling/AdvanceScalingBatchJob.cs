using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Data.Runs;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Scaling;
using FusionStudio.Jobs.Runs;
using FusionStudio.Jobs.Runs.Ownership;
using FusionStudio.Jobs.Runs.Steps;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FusionStudio.Jobs.Scaling;

/// <summary>
/// Computes the FusioN@k points of one batch of a run's prompts (those of the run's prompt sample): for each
/// confirmed k and each of the run's subsets, the fusor fuses a seeded random k-subset of the candidates and the
/// pointwise judge scores the result. Like <see cref="AdvanceRunBatchJob"/> it only says "do
/// what is missing here", holds one lock per batch, and calls models through the same gateway; the run's status
/// is left as it is. On shutdown it starts no new fusion, lets the ones in flight land, and hands the batch back.
/// </summary>
public sealed class AdvanceScalingBatchJob(
    IDbContextFactory<FusionDbContext> contexts,
    RunContextLoader loader,
    FusionStep fusion,
    ScoringStep scoring,
    PromptSlots slots,
    RunCallLog callLog,
    IBatchOwnership ownership,
    IBackgroundJobClient jobs,
    IHostApplicationLifetime lifetime,
    IOptions<RunOptions> options,
    ILogger<AdvanceScalingBatchJob> logger)
{
    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(int runId, int firstOrdinal, int lastOrdinal, CancellationToken cancellationToken)
    {
        var run = await loader.LoadAsync(runId, cancellationToken);
        if (run is null || run.Run.ScalingCandidateLimits.Count == 0 || ScalingReadiness.Problem(run, whileRunning: true) is not null)
        {
            return;
        }

        bool handedBack;
        await using (var lease = await ownership.TryTakeAsync(runId, firstOrdinal, BatchWork.ScalingPoints, cancellationToken))
        {
            if (lease is null)
            {
                // Another worker is on this batch; it may have started before the latest k values were confirmed, so look again later.
                LookAgainLater(runId, firstOrdinal, lastOrdinal);
                return;
            }

            // A lease lost to another owner stops this job's calls; the new owner does what is still missing.
            using var owned = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Lost);
            try
            {
                handedBack = await AdvanceBatchAsync(run, firstOrdinal, lastOrdinal, owned.Token);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && !lifetime.ApplicationStopping.IsCancellationRequested)
            {
                // Aborted by Hangfire because another worker changed this job's state: the batch keeps a job all the same.
                LookAgainLater(runId, firstOrdinal, lastOrdinal);
                throw;
            }
        }

        if (handedBack)
        {
            // Enqueued after the lease is released, so the worker that takes it owns the batch at once.
            jobs.Enqueue<AdvanceScalingBatchJob>(job => job.RunAsync(runId, firstOrdinal, lastOrdinal, CancellationToken.None));
        }
    }

    private void LookAgainLater(int runId, int firstOrdinal, int lastOrdinal) =>
        jobs.Schedule<AdvanceScalingBatchJob>(job => job.RunAsync(runId, firstOrdinal, lastOrdinal, CancellationToken.None), options.Value.BusyBatchRecheck);

    /// <returns>Whether the batch was handed back unfinished because this worker is shutting down.</returns>
    private async Task<bool> AdvanceBatchAsync(RunContext run, int firstOrdinal, int lastOrdinal, CancellationToken cancellationToken)
    {
        var limits = run.Run.ScalingCandidateLimits.Where(k => k >= 1 && k < run.CandidatesPerPrompt).Distinct().Order().ToList();
        var subsets = Math.Max(1, run.Run.ScalingSubsets);
        var work = await PromptsWithMissingPointsAsync(run, limits, subsets, firstOrdinal, lastOrdinal, cancellationToken);
        logger.LogInformation("FusioN@k for run {RunId}, prompts {First}-{Last}: {Count} to do", run.Run.Id, firstOrdinal, lastOrdinal, work.Count);

        var budget = new BudgetGuard(run.Run.BudgetCap, (await callLog.SummaryAsync(run.Run.Id, cancellationToken)).Cost);
        await Parallel.ForEachAsync(
            work,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, work.Count), CancellationToken = cancellationToken },
            async (prompt, token) =>
            {
                using var slot = await slots.TakeAsync(token);
                if (budget.Reached || lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    return;
                }

                var before = budget.IsCapped ? (await callLog.PromptSummaryAsync(run.Run.Id, prompt.Id, token)).Cost : 0m;
                foreach (var k in limits)
                {
                    // Each step's calls land before shutdown stops the prompt; its successor does what is missing.
                    for (var subset = 0; subset < subsets && !lifetime.ApplicationStopping.IsCancellationRequested; subset++)
                    {
                        await fusion.FuseAsync(run, prompt, k, subset, token);
                    }

                    if (lifetime.ApplicationStopping.IsCancellationRequested)
                    {
                        break;
                    }

                    await scoring.ScoreFusedAsync(run, prompt, k, token);
                    // The point's answers keep their scores beside them, for the curve to average without a join.
                    await using (var db = await contexts.CreateDbContextAsync(token))
                    {
                        await AnswerScoreWriter.RefreshPointAsync(db, run.Run, prompt.Id, k, token);
                    }
                }

                if (budget.IsCapped)
                {
                    budget.Add((await callLog.PromptSummaryAsync(run.Run.Id, prompt.Id, token)).Cost - before);
                }
            });

        if (lifetime.ApplicationStopping.IsCancellationRequested && !budget.Reached)
        {
            logger.LogInformation("Shutting down: FusioN@k for run {RunId}, prompts {First}-{Last} goes back to the queue", run.Run.Id, firstOrdinal, lastOrdinal);
            return true;
        }

        if (budget.Reached)
        {
            logger.LogInformation("FusioN@k for run {RunId} stopped at its budget cap", run.Run.Id);
        }

        return false;
    }

    /// <summary>The batch's finished, sampled prompts that lack a FusioN@k answer, or a score of one, for some confirmed k and subset.</summary>
    private async Task<List<DatasetPrompt>> PromptsWithMissingPointsAsync(
        RunContext run, IReadOnlyList<int> limits, int subsets, int firstOrdinal, int lastOrdinal, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runId = run.Run.Id;
        var judgeId = run.Judge!.Teacher.Id;
        var versionId = run.PointwiseTemplate!.Id;
        var sample = ScalingPromptSample.Choose(
            await db.RunPrompts.Where(p => p.RunId == runId).Select(p => p.PromptId).ToListAsync(cancellationToken), run.Run.ScalingPromptLimit, run.Run.Seed);
        var settled = db.Aggregates
            .Where(a => a.RunId == runId && a.Method == AggregationMethod.FusionOfN && limits.Contains(a.CandidateLimit) && a.Subset < subsets)
            .Where(a => a.Error != null || db.Scores.Any(s => s.AggregateId == a.Id && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId));
        var prompts = await db.RunPrompts.AsNoTracking()
            .Where(p => p.RunId == runId && p.Ordinal >= firstOrdinal && p.Ordinal <= lastOrdinal)
            .Where(p => p.Stage == PromptStage.Done || p.Stage == PromptStage.Failed)
            .Where(p => settled.Count(a => a.PromptId == p.PromptId) < limits.Count * subsets)
            .Join(db.DatasetPrompts.AsNoTracking(), p => p.PromptId, d => d.Id, (p, d) => d)
            .OrderBy(d => d.Ordinal)
            .ToListAsync(cancellationToken);
        return prompts.Where(d => sample.Contains(d.Id)).ToList();
    }
}
