using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Runs;
using FusionStudio.Engine.Scaling;
using FusionStudio.Jobs.Scaling;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Scaling;

/// <summary>
/// Estimates FusioN@k points for a run from what its own calls used: average tokens of its fusor calls, its
/// candidates and its pointwise judge calls, priced at the fusor's and judge's provider prices.
/// </summary>
public sealed class ScalingEstimator(IDbContextFactory<FusionDbContext> contexts, RunCallLog callLog)
{
    public async Task<ScalingEstimate?> EstimateAsync(int runId, ScalingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var candidatesPerPrompt = run.Teachers.Sum(t => t.SampleCount);
        var calls = await callLog.SummaryAsync(runId, cancellationToken);
        var prompts = await db.RunPrompts.CountAsync(p => p.RunId == runId, cancellationToken);
        return ScalingEstimate.For(new ScalingEstimateInput
        {
            PromptCount = Math.Min(prompts == 0 ? run.Counters.PromptCount : prompts, request.PromptLimit ?? int.MaxValue),
            Subsets = request.Subsets,
            CandidatesPerPrompt = candidatesPerPrompt,
            Limits = request.Limits,
            Averages = Averages(calls, candidatesPerPrompt),
            Fusor = await ModelAsync(db, run.FusorTeacherId, cancellationToken),
            Judge = await ModelAsync(db, run.JudgeTeacherId, cancellationToken),
            Spent = calls.Cost,
            BudgetCap = run.BudgetCap,
        });
    }

    /// <summary>Tokens per call of the run's own calls; where it made none of a kind, what the candidates suggest.</summary>
    private static ScalingCallAverages Averages(CallSummary calls, int candidatesPerPrompt)
    {
        var candidateOutput = PerCall(calls.Of(ModelCallPurpose.Generate, ModelCallPurpose.Imported))?.Output ?? 0;
        var fusion = PerCall(calls.Of(ModelCallPurpose.Fuse));

        // Fused answers are judged like candidates: their own judge calls first, else the candidates'.
        var judge = PerCall(calls.Of(ModelCallPurpose.JudgeFusedAnswer)) ?? PerCall(calls.Of(ModelCallPurpose.JudgeCandidate));
        return new ScalingCallAverages(
            FusionInputTokens: fusion?.Input ?? candidatesPerPrompt * candidateOutput,
            FusionOutputTokens: fusion?.Output ?? candidateOutput,
            CandidateOutputTokens: candidateOutput,
            JudgeInputTokens: judge?.Input ?? candidateOutput,
            JudgeOutputTokens: judge?.Output ?? 0);
    }

    // Failed calls used no tokens, so they are left out of the mean.
    private static (double Input, double Output)? PerCall(CallTotals totals) =>
        totals.Calls - totals.Failed <= 0
            ? null
            : ((double)totals.InputTokens / (totals.Calls - totals.Failed), (double)totals.OutputTokens / (totals.Calls - totals.Failed));

    private static async Task<RunEstimateModel?> ModelAsync(FusionDbContext db, int? teacherId, CancellationToken cancellationToken) =>
        teacherId is null
            ? null
            : await db.Teachers.AsNoTracking().Where(t => t.Id == teacherId)
                .Select(t => new RunEstimateModel(t.MaxTokens, t.Provider!.InputPricePerMillionTokens, t.Provider.OutputPricePerMillionTokens))
                .SingleOrDefaultAsync(cancellationToken);
}
