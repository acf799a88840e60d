using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Runs;
using FusionStudio.Engine.Scaling;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Scaling;

/// <summary>
/// Estimates FusioN@k points for a run from what its own calls used: average tokens of its fusor calls, its
/// candidates and its pointwise judge calls, priced at the fusor's and judge's provider prices.
/// </summary>
public sealed class ScalingEstimator(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<ScalingEstimate?> EstimateAsync(int runId, IReadOnlyCollection<int> limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limits);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var candidatesPerPrompt = run.Teachers.Sum(t => t.SampleCount);
        var prompts = await db.RunPrompts.CountAsync(p => p.RunId == runId, cancellationToken);
        return ScalingEstimate.For(new ScalingEstimateInput
        {
            PromptCount = prompts == 0 ? run.Counters.PromptCount : prompts,
            CandidatesPerPrompt = candidatesPerPrompt,
            Limits = limits,
            Averages = await AveragesAsync(db, run, candidatesPerPrompt, cancellationToken),
            Fusor = await ModelAsync(db, run.FusorTeacherId, cancellationToken),
            Judge = await ModelAsync(db, run.JudgeTeacherId, cancellationToken),
            Spent = run.Counters.Cost,
            BudgetCap = run.BudgetCap,
        });
    }

    private static async Task<ScalingCallAverages> AveragesAsync(FusionDbContext db, Run run, int candidatesPerPrompt, CancellationToken cancellationToken)
    {
        var fusions = db.Aggregates.Where(a => a.RunId == run.Id && a.Method == AggregationMethod.FusionOfN && a.CandidateLimit == candidatesPerPrompt && a.Error == null);
        var candidateOutput = await db.Candidates.Where(c => c.RunId == run.Id && c.Error == null)
            .AverageAsync(c => (double?)c.Usage.OutputTokens, cancellationToken) ?? 0;
        var fusionInput = await fusions.AverageAsync(a => (double?)a.Usage.InputTokens, cancellationToken);
        var fusionOutput = await fusions.AverageAsync(a => (double?)a.Usage.OutputTokens, cancellationToken);

        // Per attempt: a score that took re-asks counts each of its calls. Fused answers are judged like candidates.
        var fusedScores = db.AggregateScores.Where(s => s.RunId == run.Id);
        var candidateScores = db.JudgeScores.Where(s => s.RunId == run.Id);
        var judge = PerAttempt(
                await fusedScores.SumAsync(s => s.Attempts, cancellationToken),
                await fusedScores.SumAsync(s => (long)s.Usage.InputTokens, cancellationToken),
                await fusedScores.SumAsync(s => (long)s.Usage.OutputTokens, cancellationToken))
            ?? PerAttempt(
                await candidateScores.SumAsync(s => s.Attempts, cancellationToken),
                await candidateScores.SumAsync(s => (long)s.Usage.InputTokens, cancellationToken),
                await candidateScores.SumAsync(s => (long)s.Usage.OutputTokens, cancellationToken));

        return new ScalingCallAverages(
            FusionInputTokens: fusionInput ?? candidatesPerPrompt * candidateOutput,
            FusionOutputTokens: fusionOutput ?? candidateOutput,
            CandidateOutputTokens: candidateOutput,
            JudgeInputTokens: judge?.Input ?? candidateOutput,
            JudgeOutputTokens: judge?.Output ?? 0);
    }

    private static (double Input, double Output)? PerAttempt(int attempts, long inputTokens, long outputTokens) =>
        attempts == 0 ? null : ((double)inputTokens / attempts, (double)outputTokens / attempts);

    private static async Task<RunEstimateModel?> ModelAsync(FusionDbContext db, int? teacherId, CancellationToken cancellationToken) =>
        teacherId is null
            ? null
            : await db.Teachers.AsNoTracking().Where(t => t.Id == teacherId)
                .Select(t => new RunEstimateModel(t.MaxTokens, t.Provider!.InputPricePerMillionTokens, t.Provider.OutputPricePerMillionTokens))
                .SingleOrDefaultAsync(cancellationToken);
}
