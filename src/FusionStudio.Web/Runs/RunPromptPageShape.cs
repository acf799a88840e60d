using FusionStudio.Data;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>
/// What a run's prompt table shows beside each prompt: the score column (the fused answer's when the run fuses, else
/// Best-of-N's choice) and the verdict of one comparison pair. Both are read from the run's own answers, the ones
/// made from all N candidates.
/// </summary>
internal sealed record RunPromptPageShape(int RunId, RunPromptScoreSource ScoreSource, MethodPair? Pair, int CandidateLimit, int JudgeId, int JudgeVersionId)
{
    public static RunPromptPageShape Of(Run run, MethodPair? pair)
    {
        var source = run.Methods.Any(m => m.IsFusion()) ? RunPromptScoreSource.FusedAnswer
            : run.Methods.Contains(AggregationMethod.BestOfN) ? RunPromptScoreSource.BestOfNChoice
            : run.Methods.Contains(AggregationMethod.Routed) ? RunPromptScoreSource.RoutedAnswer
            : RunPromptScoreSource.None;
        if (run.JudgeTeacherId is null || run.PointwiseJudgeTemplateVersionId is null)
        {
            source = RunPromptScoreSource.None;
        }

        var chosen = pair is not null && run.ComparisonPairs.Contains(pair) ? pair : run.ComparisonPairs.FirstOrDefault();
        return new RunPromptPageShape(
            run.Id, source, chosen, run.Teachers.Sum(t => t.SampleCount), run.JudgeTeacherId ?? 0, run.PointwiseJudgeTemplateVersionId ?? 0)
        {
            ScoreMethods = run.Methods,
        };
    }

    /// <summary>The run's methods, to tell which fused or selected answer the score column reads.</summary>
    public IReadOnlyList<AggregationMethod> ScoreMethods { get; init; } = [];

    /// <summary>The prompts without score and verdict: enough, and much cheaper, when neither is filtered or sorted on.</summary>
    public IQueryable<RunPromptPageRowData> Prompts(FusionDbContext db)
    {
        var runId = RunId;
        return db.RunPrompts.Where(p => p.RunId == runId)
            .Join(db.DatasetPrompts, p => p.PromptId, d => d.Id, (p, d) => new RunPromptPageRowData
            {
                PromptId = p.PromptId,
                Ordinal = p.Ordinal,
                Stage = p.Stage,
                Error = p.Error,
                Text = d.Text,
                Language = d.Language,
                Task = d.Task,
            });
    }

    public IQueryable<RunPromptPageRowData> Rows(FusionDbContext db)
    {
        var runId = RunId;
        var methodA = Pair?.A ?? AggregationMethod.FusionOfN;
        var methodB = Pair?.B ?? AggregationMethod.BestOfN;
        var hasPair = Pair is not null;
        var prompts = db.RunPrompts.Where(p => p.RunId == runId)
            .Join(db.DatasetPrompts, p => p.PromptId, d => d.Id, (p, d) => new { p.PromptId, p.Ordinal, p.Stage, p.Error, d.Text, d.Language, d.Task });

        // Left joins, not a subquery per row: sorting 100,000 rows by score reads each table once.
        var comparisons = db.Comparisons.Where(c => c.RunId == runId && hasPair && c.MethodA == methodA && c.MethodB == methodB);
        var withVerdicts = prompts
            .GroupJoin(comparisons, p => p.PromptId, c => c.PromptId, (p, cs) => new { p, cs })
            .SelectMany(x => x.cs.DefaultIfEmpty(), (x, c) => new { x.p, Verdict = c == null ? null : c.Final });
        var scores = Scores(db);
        return withVerdicts
            .GroupJoin(scores, x => x.p.PromptId, s => s.PromptId, (x, ss) => new { x, ss })
            .SelectMany(y => y.ss.DefaultIfEmpty(), (y, s) => new RunPromptPageRowData
            {
                PromptId = y.x.p.PromptId,
                Ordinal = y.x.p.Ordinal,
                Stage = y.x.p.Stage,
                Error = y.x.p.Error,
                Text = y.x.p.Text,
                Language = y.x.p.Language,
                Task = y.x.p.Task,
                Score = s == null ? null : s.Score,
                Verdict = y.x.Verdict,
            });
    }

    /// <summary>Adds score and verdict to a few prompts (one page) by looking each up, through the unique indexes.</summary>
    public IQueryable<RunPromptPageRowData> WithAnswers(FusionDbContext db, IQueryable<RunPromptPageRowData> prompts)
    {
        var runId = RunId;
        var hasPair = Pair is not null;
        var methodA = Pair?.A ?? AggregationMethod.FusionOfN;
        var methodB = Pair?.B ?? AggregationMethod.BestOfN;
        var comparisons = db.Comparisons.Where(c => c.RunId == runId && hasPair && c.MethodA == methodA && c.MethodB == methodB);
        var scores = Scores(db);
        return prompts.Select(p => new RunPromptPageRowData
        {
            PromptId = p.PromptId,
            Ordinal = p.Ordinal,
            Stage = p.Stage,
            Error = p.Error,
            Text = p.Text,
            Language = p.Language,
            Task = p.Task,
            Score = scores.Where(s => s.PromptId == p.PromptId).Select(s => s.Score).FirstOrDefault(),
            Verdict = comparisons.Where(c => c.PromptId == p.PromptId).Select(c => c.Final).FirstOrDefault(),
        });
    }

    // At most one score per prompt: one run answer per prompt and method, one score per answer, judge and version.
    private IQueryable<PromptScore> Scores(FusionDbContext db)
    {
        var runId = RunId;
        var limit = CandidateLimit;
        var judgeId = JudgeId;
        var versionId = JudgeVersionId;
        // Fusion-of-N's answer when the run has it, else Routed FusioN's; Best-of-N's choice, else the routed one.
        var fused = ScoreMethods.Contains(AggregationMethod.FusionOfN) ? AggregationMethod.FusionOfN : AggregationMethod.RoutedFusion;
        var selected = ScoreSource == RunPromptScoreSource.RoutedAnswer ? AggregationMethod.Routed : AggregationMethod.BestOfN;
        return ScoreSource switch
        {
            RunPromptScoreSource.FusedAnswer => db.Aggregates
                .Where(a => a.RunId == runId && a.Method == fused && a.CandidateLimit == limit)
                .Join(
                    db.Scores.Where(s => s.RunId == runId && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId),
                    a => (long?)a.Id, s => s.AggregateId, (a, s) => new PromptScore { PromptId = a.PromptId, Score = s.Value }),
            RunPromptScoreSource.BestOfNChoice or RunPromptScoreSource.RoutedAnswer => db.Aggregates
                .Where(a => a.RunId == runId && a.Method == selected && a.CandidateLimit == limit)
                .Join(
                    db.Scores.Where(s => s.RunId == runId && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId),
                    a => a.SelectedCandidateId, s => s.CandidateId, (a, s) => new PromptScore { PromptId = a.PromptId, Score = s.Value }),
            _ => db.Aggregates.Where(a => false).Select(a => new PromptScore { PromptId = a.PromptId, Score = null }),
        };
    }

    private sealed class PromptScore
    {
        public long PromptId { get; init; }

        public double? Score { get; init; }
    }
}
