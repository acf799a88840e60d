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
        var bestOfN = await BestOfNAsync(db, run, candidatesPerPrompt, options, cancellationToken);
        var subsets = Math.Max(1, run.ScalingSubsets);
        var sample = await PromptSampleAsync(db, run, prompts, cancellationToken);
        var fusion = await FusionAsync(db, run, candidatesPerPrompt, subsets, sample, options, cancellationToken);

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

    // Each prompt's BoN@k values were stored when its candidates were scored (BestOfKStore). Above the bootstrap's
    // limit a point needs only its moments, which PostgreSQL sums over the stored arrays.
    private static async Task<IReadOnlyList<ScalingPoint>> BestOfNAsync(
        FusionDbContext db, Run run, int candidatesPerPrompt, BootstrapOptions options, CancellationToken cancellationToken)
    {
        var moments = candidatesPerPrompt < 1 ? null : await PointMomentsQuery.BestOfKAsync(db, run.Id, candidatesPerPrompt, cancellationToken);
        if (moments is not null && moments.Count == candidatesPerPrompt && moments.All(m => MeanInterval.KindOf(m.Prompts, options) == MeanIntervalKind.Normal))
        {
            return moments.Select(m => ScalingPoint.FromMoments(m.K, m.Prompts, m.Mean, m.Variance, options)).ToList();
        }

        var stored = await db.RunPrompts.AsNoTracking().Where(p => p.RunId == run.Id && p.BestOfK != null).OrderBy(p => p.PromptId).Select(p => p.BestOfK).ToListAsync(cancellationToken);
        return BestOfKCurve.FromPrompts(stored, candidatesPerPrompt, run.Seed, options);
    }

    // FusioN@k from each answer's stored score. A point over every prompt and above the bootstrap's limit comes from
    // its moments in SQL; the others read their values, one per prompt and subset.
    private static async Task<List<ScalingPoint>> FusionAsync(
        FusionDbContext db, Run run, int candidatesPerPrompt, int subsets, PromptSample sample, BootstrapOptions options, CancellationToken cancellationToken)
    {
        // Null on SQLite; on PostgreSQL, every limit with scored answers.
        var all = await PointMomentsQuery.FusionAsync(db, run.Id, subsets, cancellationToken);
        var moments = (all ?? [])
            .Where(m => (m.K >= candidatesPerPrompt || sample.Ids is null) && MeanInterval.KindOf(m.Prompts, options) == MeanIntervalKind.Normal)
            .ToList();
        var summed = moments.Select(m => m.K).ToList();
        var unsummed = all?.Select(m => m.K).Except(summed).ToList();
        var scored = db.Aggregates.AsNoTracking()
            .Where(a => a.RunId == run.Id && a.Method == AggregationMethod.FusionOfN && a.Subset < subsets && a.Score != null);
        var fused = unsummed is [] ? [] : await (unsummed is null ? scored.Where(a => !summed.Contains(a.CandidateLimit)) : scored.Where(a => unsummed.Contains(a.CandidateLimit)))
            .Select(a => new { a.PromptId, a.CandidateLimit, a.Score })
            .ToListAsync(cancellationToken);
        return fused.Where(f => f.CandidateLimit >= candidatesPerPrompt || sample.Contains(f.PromptId))
            .GroupBy(f => f.CandidateLimit)
            .Select(g => ScalingPoint.Of(
                g.Key,
                // One value per prompt: the mean over its scored subsets.
                g.GroupBy(f => f.PromptId).Select(p => p.Select(f => f.Score).OfType<double>().Average()).Select(v => (double?)v),
                BestOfKCurve.PointSeed(run.Seed, 1, g.Key),
                options))
            .Concat(moments.Select(m => ScalingPoint.FromMoments(m.K, m.Prompts, m.Mean, m.Variance, options)))
            .OrderBy(p => p.K)
            .ToList();
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
