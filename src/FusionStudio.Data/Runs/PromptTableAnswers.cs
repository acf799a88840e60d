using FusionStudio.Domain.Runs;

namespace FusionStudio.Data.Runs;

/// <summary>
/// The one definition of what a run's prompt table shows beside each prompt: the score (the fused answer's when the
/// run fuses, else Best-of-N's choice, else the routed answer) and the final verdict of one comparison pair. Both are
/// read from the run's own answers, the ones made from all N candidates. The table joins it for a pair the user
/// picks; <see cref="PromptTableSummaryWriter"/> stores it on each prompt for the run's first pair.
/// </summary>
public sealed record PromptTableAnswers(int RunId, RunPromptScoreSource ScoreSource, MethodPair? Pair, int CandidateLimit)
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
        return new PromptTableAnswers(run.Id, source, chosen, run.Teachers.Sum(t => t.SampleCount))
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

    /// <summary>The method whose answer's score the table shows; null when it shows none.</summary>
    public AggregationMethod? ScoredMethod => ScoreSource switch
    {
        // Fusion-of-N's answer when the run has it, else Routed FusioN's; Best-of-N's choice, else the routed one.
        RunPromptScoreSource.FusedAnswer => ScoreMethods.Contains(AggregationMethod.FusionOfN) ? AggregationMethod.FusionOfN : AggregationMethod.RoutedFusion,
        RunPromptScoreSource.BestOfNChoice => AggregationMethod.BestOfN,
        RunPromptScoreSource.RoutedAnswer => AggregationMethod.Routed,
        _ => null,
    };

    /// <summary>At most one score per prompt: one run answer per prompt and method, with its stored score (<see cref="AnswerScoreWriter"/>).</summary>
    public IQueryable<PromptTableScore> Scores(FusionDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var runId = RunId;
        var limit = CandidateLimit;
        var scored = ScoredMethod is not null;
        var method = ScoredMethod ?? AggregationMethod.FusionOfN;
        return db.Aggregates
            .Where(a => a.RunId == runId && scored && a.Method == method && a.CandidateLimit == limit)
            .Select(a => new PromptTableScore { PromptId = a.PromptId, Score = a.Score });
    }
}
