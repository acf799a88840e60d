using FusionStudio.Domain.Runs;

namespace FusionStudio.Data.Runs;

/// <summary>
/// The one definition of what a run's prompt table shows beside each prompt: the score (the fused answer's when the
/// run fuses, else Best-of-N's choice, else the routed answer) and the final verdict of one comparison pair. Both are
/// read from the run's own answers, the ones made from all N candidates. The table joins it for a pair the user
/// picks; <see cref="PromptTableSummaryWriter"/> stores it on each prompt for the run's first pair.
/// </summary>
public sealed record PromptTableAnswers(int RunId, RunPromptScoreSource ScoreSource, MethodPair? Pair, int CandidateLimit, int JudgeId, int JudgeVersionId)
{
    /// <summary>The answers for <paramref name="pair"/>, or the run's first pair when the run has no such pair. Needs the run's teachers.</summary>
    public static PromptTableAnswers Of(Run run, MethodPair? pair)
    {
        ArgumentNullException.ThrowIfNull(run);
        var source = run.Methods.Any(m => m.IsFusion()) ? RunPromptScoreSource.FusedAnswer
            : run.Methods.Contains(AggregationMethod.BestOfN) ? RunPromptScoreSource.BestOfNChoice
            : run.Methods.Contains(AggregationMethod.Routed) ? RunPromptScoreSource.RoutedAnswer
            : RunPromptScoreSource.None;
        if (run.JudgeTeacherId is null || run.PointwiseJudgeTemplateVersionId is null)
        {
            source = RunPromptScoreSource.None;
        }

        var chosen = pair is not null && run.ComparisonPairs.Contains(pair) ? pair : run.ComparisonPairs.FirstOrDefault();
        return new PromptTableAnswers(
            run.Id, source, chosen, run.Teachers.Sum(t => t.SampleCount), run.JudgeTeacherId ?? 0, run.PointwiseJudgeTemplateVersionId ?? 0)
        {
            ScoreMethods = run.Methods,
            IsStored = chosen == run.ComparisonPairs.FirstOrDefault(),
        };
    }

    /// <summary>The run's methods, to tell which fused or selected answer the score reads.</summary>
    public IReadOnlyList<AggregationMethod> ScoreMethods { get; init; } = [];

    /// <summary>Whether the verdict is of the pair stored on the prompts (the run's first), so the stored columns hold these answers.</summary>
    public bool IsStored { get; init; }

    /// <summary>The comparisons of the pair: at most one per prompt (unique on run, prompt and methods).</summary>
    public IQueryable<Comparison> Comparisons(FusionDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var runId = RunId;
        var hasPair = Pair is not null;
        var methodA = Pair?.A ?? AggregationMethod.FusionOfN;
        var methodB = Pair?.B ?? AggregationMethod.BestOfN;
        return db.Comparisons.Where(c => c.RunId == runId && hasPair && c.MethodA == methodA && c.MethodB == methodB);
    }

    /// <summary>
    /// The same scores as <see cref="Scores"/>, each found from its answer through the score's unique key: the shape for
    /// looking up a few prompts (a page, the prompts a stage move touched). As a join, PostgreSQL may read the run's
    /// every score for each prompt while the scores table is young and its statistics still say it is empty.
    /// </summary>
    public IQueryable<PromptTableScore> ScoresByAnswer(FusionDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var judged = JudgedScores(db);
        return ScoreSource switch
        {
            RunPromptScoreSource.FusedAnswer => ScoredAnswers(db)
                .Select(a => new PromptTableScore { PromptId = a.PromptId, Score = judged.Where(s => s.AggregateId == a.Id).Select(s => s.Value).FirstOrDefault() }),
            RunPromptScoreSource.BestOfNChoice or RunPromptScoreSource.RoutedAnswer => ScoredAnswers(db)
                .Select(a => new PromptTableScore { PromptId = a.PromptId, Score = judged.Where(s => s.CandidateId == a.SelectedCandidateId).Select(s => s.Value).FirstOrDefault() }),
            _ => Scores(db),
        };
    }

    /// <summary>At most one score per prompt: one run answer per prompt and method, one score per answer, judge and version.</summary>
    public IQueryable<PromptTableScore> Scores(FusionDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var runId = RunId;
        var judged = JudgedScores(db).Where(s => s.RunId == runId);
        return ScoreSource switch
        {
            RunPromptScoreSource.FusedAnswer => ScoredAnswers(db)
                .Join(judged, a => (long?)a.Id, s => s.AggregateId, (a, s) => new PromptTableScore { PromptId = a.PromptId, Score = s.Value }),
            RunPromptScoreSource.BestOfNChoice or RunPromptScoreSource.RoutedAnswer => ScoredAnswers(db)
                .Join(judged, a => a.SelectedCandidateId, s => s.CandidateId, (a, s) => new PromptTableScore { PromptId = a.PromptId, Score = s.Value }),
            // Still a join, so the score keeps its column's type (a bare NULL would be text to PostgreSQL in an UPDATE).
            _ => db.Aggregates.Where(a => false)
                .Join(db.Scores, a => (long?)a.Id, s => s.AggregateId, (a, s) => new PromptTableScore { PromptId = a.PromptId, Score = s.Value }),
        };
    }

    /// <summary>The run's answers whose score is shown, made from all N candidates.</summary>
    private IQueryable<Aggregate> ScoredAnswers(FusionDbContext db)
    {
        var runId = RunId;
        var limit = CandidateLimit;
        // Fusion-of-N's answer when the run has it, else Routed FusioN's; Best-of-N's choice, else the routed one.
        var method = ScoreSource switch
        {
            RunPromptScoreSource.FusedAnswer when ScoreMethods.Contains(AggregationMethod.FusionOfN) => AggregationMethod.FusionOfN,
            RunPromptScoreSource.FusedAnswer => AggregationMethod.RoutedFusion,
            RunPromptScoreSource.RoutedAnswer => AggregationMethod.Routed,
            _ => AggregationMethod.BestOfN,
        };
        return db.Aggregates.Where(a => a.RunId == runId && a.Method == method && a.CandidateLimit == limit);
    }

    /// <summary>The scores of the run's judge and template version.</summary>
    private IQueryable<Score> JudgedScores(FusionDbContext db)
    {
        var judgeId = JudgeId;
        var versionId = JudgeVersionId;
        return db.Scores.Where(s => s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId);
    }
}
