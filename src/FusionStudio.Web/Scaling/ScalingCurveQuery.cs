using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Scaling;
using FusionStudio.Jobs.Scaling;
using FusionStudio.Engine.Analysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Scaling;

/// <summary>
/// Reads a run's test-time-scaling curve. BoN@k comes from the stored candidate scores (no model call), averaged
/// over all k-subsets; FusioN@k from the scored FusioN aggregates of each candidate limit, averaged per prompt over
/// the run's random subsets, FusioN@N being the run's own fused answer. Every point has an interval over prompts (<see cref="Engine.Analysis.MeanInterval"/>).
/// </summary>
public sealed class ScalingCurveQuery(IDbContextFactory<FusionDbContext> contexts, IOptions<BootstrapOptions> bootstrap)
{
    public async Task<ScalingCurve?> LoadAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var candidatesPerPrompt = run.Teachers.Sum(t => t.SampleCount);
        var prompts = await db.RunPrompts.CountAsync(p => p.RunId == runId, cancellationToken);
        var promptCount = prompts == 0 ? run.Counters.PromptCount : prompts;
        var judgeId = run.JudgeTeacherId ?? 0;
        var versionId = run.PointwiseJudgeTemplateVersionId ?? 0;

        var options = bootstrap.Value;
        // Each prompt's BoN@k values were stored when its candidates were scored (BestOfKStore).
        var stored = await db.RunPrompts.AsNoTracking().Where(p => p.RunId == runId && p.BestOfK != null).OrderBy(p => p.PromptId).Select(p => p.BestOfK).ToListAsync(cancellationToken);
        var bestOfN = BestOfKCurve.FromPrompts(stored, candidatesPerPrompt, run.Seed, options);
        var subsets = Math.Max(1, run.ScalingSubsets);
        var sample = await PromptSampleAsync(db, run, prompts, cancellationToken);
        var fused = await db.Aggregates.AsNoTracking()
            .Where(a => a.RunId == runId && a.Method == AggregationMethod.FusionOfN && a.Subset < subsets)
            .Join(
                db.Scores.Where(s => s.RunId == runId && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId),
                a => (long?)a.Id,
                s => s.AggregateId,
                (a, s) => new { a.PromptId, a.CandidateLimit, s.Value })
            .ToListAsync(cancellationToken);
        var fusion = fused.Where(f => f.CandidateLimit >= candidatesPerPrompt || sample.Contains(f.PromptId))
            .GroupBy(f => f.CandidateLimit).OrderBy(g => g.Key)
            .Select(g => ScalingPoint.Of(
                g.Key,
                // One value per prompt: the mean over its scored subsets.
                g.GroupBy(f => f.PromptId).Select(p => p.Select(f => f.Value).OfType<double>().DefaultIfEmpty(double.NaN).Average()).Select(v => (double?)v),
                BestOfKCurve.PointSeed(run.Seed, 1, g.Key),
                options))
            .ToList();

        var unavailable = ScalingReadiness.Problem(
            run.Methods.Contains(AggregationMethod.FusionOfN) && run.FusorTeacherId is not null && run.FusorTemplateVersionId is not null,
            run.JudgeTeacherId is not null && run.PointwiseJudgeTemplateVersionId is not null,
            candidatesPerPrompt,
            run.Status);
        return new ScalingCurve(
            runId,
            candidatesPerPrompt,
            promptCount,
            bestOfN,
            fusion,
            await ProgressAsync(db, run, judgeId, versionId, sample, cancellationToken),
            unavailable)
        {
            Subsets = subsets,
            SampledPrompts = sample.Count,
            IntervalNote = string.Join(
                "; ",
                bestOfN.Concat(fusion).Where(p => p.Prompts > 0).Select(p => p.Interval).DefaultIfEmpty(MeanIntervalKind.PercentileBootstrap).Distinct().Order()
                    .Select(kind => MeanInterval.Describe(kind, options.Level))),
        };
    }

    // A run without a prompt limit samples every prompt: its 100,000 ids are not read for that.
    private static async Task<PromptSample> PromptSampleAsync(FusionDbContext db, Run run, int prompts, CancellationToken cancellationToken) =>
        run.ScalingPromptLimit is not { } limit || limit >= prompts
            ? new PromptSample(null, prompts)
            : new PromptSample(
                ScalingPromptSample.Choose(
                    await db.RunPrompts.Where(p => p.RunId == run.Id).Select(p => p.PromptId).ToListAsync(cancellationToken), limit, run.Seed),
                0);

    private static async Task<List<ScalingProgress>> ProgressAsync(
        FusionDbContext db, Run run, int judgeId, int versionId, PromptSample sample, CancellationToken cancellationToken)
    {
        var limits = run.ScalingCandidateLimits;
        var subsets = Math.Max(1, run.ScalingSubsets);
        if (limits.Count == 0)
        {
            return [];
        }

        var rows = await db.Aggregates.AsNoTracking()
            .Where(a => a.RunId == run.Id && a.Method == AggregationMethod.FusionOfN && limits.Contains(a.CandidateLimit) && a.Subset < subsets)
            .Select(a => new
            {
                a.PromptId,
                a.CandidateLimit,
                AggregateFailed = a.Error != null,
                Scored = db.Scores.Any(s => s.AggregateId == a.Id && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId),
                ScoreFailed = db.Scores.Any(s => s.AggregateId == a.Id && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId && s.Error != null),
            })
            .ToListAsync(cancellationToken);

        ScalingProgress Point(int k)
        {
            // A prompt is settled when every one of its subsets is scored or failed.
            var prompts = rows.Where(r => r.CandidateLimit == k && sample.Contains(r.PromptId)).GroupBy(r => r.PromptId).ToList();
            return new ScalingProgress(
                k,
                prompts.Count(p => p.Count(r => r.AggregateFailed || r.Scored) >= subsets),
                prompts.Count(p => p.Any(r => r.AggregateFailed || r.ScoreFailed)),
                sample.Count);
        }

        return limits.Order().Select(Point).ToList();
    }

    /// <summary>The prompts FusioN@k points are computed on; <see cref="Ids"/> null for all of them.</summary>
    private sealed record PromptSample(IReadOnlySet<long>? Ids, int All)
    {
        public int Count => Ids?.Count ?? All;

        public bool Contains(long promptId) => Ids?.Contains(promptId) ?? true;
    }
}
