using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs.Matrix;

/// <summary>The answers, scores and verdicts of a window of prompts: a few hundred rows, read whole.</summary>
internal sealed class RunMatrixAnswers
{
    private readonly Dictionary<(long PromptId, int TeacherId, int Sample), Candidate> _candidates;
    private readonly Dictionary<(long PromptId, AggregationMethod Method), Aggregate> _aggregates;
    private readonly Dictionary<long, double?> _candidateScores;
    private readonly Dictionary<long, double?> _aggregateScores;
    private readonly Dictionary<(long PromptId, AggregationMethod A, AggregationMethod B), PairVerdict?> _verdicts;
    private readonly Dictionary<long, Candidate> _candidatesById;

    private RunMatrixAnswers(
        List<Candidate> candidates, List<Aggregate> aggregates, List<Score> scores, List<Comparison> comparisons)
    {
        _candidates = candidates.GroupBy(c => (c.PromptId, c.TeacherId, c.SampleIndex)).ToDictionary(g => g.Key, g => g.First());
        _candidatesById = candidates.ToDictionary(c => c.Id);
        _aggregates = aggregates.GroupBy(a => (a.PromptId, a.Method)).ToDictionary(g => g.Key, g => g.First());
        _candidateScores = scores.Where(s => s.CandidateId is not null).GroupBy(s => s.CandidateId!.Value).ToDictionary(g => g.Key, g => g.First().Value);
        _aggregateScores = scores.Where(s => s.AggregateId is not null).GroupBy(s => s.AggregateId!.Value).ToDictionary(g => g.Key, g => g.First().Value);
        _verdicts = comparisons.GroupBy(c => (c.PromptId, c.MethodA, c.MethodB)).ToDictionary(g => g.Key, g => g.First().Final);
    }

    public static async Task<RunMatrixAnswers> LoadAsync(FusionDbContext db, Run run, IReadOnlyList<long> promptIds, int limit, CancellationToken cancellationToken)
    {
        var runId = run.Id;
        var candidates = await db.Candidates.AsNoTracking().Where(c => c.RunId == runId && promptIds.Contains(c.PromptId)).ToListAsync(cancellationToken);
        // The run's own answers read every candidate; smaller limits and other subsets belong to the scaling curve.
        var aggregates = await db.Aggregates.AsNoTracking()
            .Where(a => a.RunId == runId && promptIds.Contains(a.PromptId) && a.Subset == 0 && a.CandidateLimit == limit)
            .ToListAsync(cancellationToken);
        var candidateIds = candidates.Select(c => (long?)c.Id).ToList();
        var aggregateIds = aggregates.Select(a => (long?)a.Id).ToList();
        var judgeId = run.JudgeTeacherId ?? 0;
        var versionId = run.PointwiseJudgeTemplateVersionId ?? 0;
        var scores = await db.Scores.AsNoTracking()
            .Where(s => s.RunId == runId && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId
                && (candidateIds.Contains(s.CandidateId) || aggregateIds.Contains(s.AggregateId)))
            .ToListAsync(cancellationToken);
        var comparisons = await db.Comparisons.AsNoTracking().Where(c => c.RunId == runId && promptIds.Contains(c.PromptId)).ToListAsync(cancellationToken);
        return new RunMatrixAnswers(candidates, aggregates, scores, comparisons);
    }

    public RunMatrixCell CandidateCell(long promptId, int teacherId, int sample)
    {
        if (!_candidates.TryGetValue((promptId, teacherId, sample), out var candidate))
        {
            return RunMatrixCell.Missing;
        }

        var pickedBy = _aggregates.Values
            .Where(a => a.PromptId == promptId && a.SelectedCandidateId == candidate.Id)
            .Select(a => a.Method).Order().ToList();
        var (preview, cut) = Preview(candidate.Text);
        return new RunMatrixCell(preview, cut, _candidateScores.GetValueOrDefault(candidate.Id), RunPromptVerdict.None, candidate.Error, pickedBy);
    }

    public RunMatrixCell MethodCell(long promptId, AggregationMethod method, IReadOnlyList<MethodPair> pairs)
    {
        if (!_aggregates.TryGetValue((promptId, method), out var aggregate))
        {
            return RunMatrixCell.Missing;
        }

        var score = aggregate.SelectedCandidateId is { } selected
            ? _candidateScores.GetValueOrDefault(selected)
            : _aggregateScores.GetValueOrDefault(aggregate.Id);
        var (preview, cut) = Preview(AnswerText(promptId, method));
        return new RunMatrixCell(preview, cut, score, Verdict(promptId, method, pairs), aggregate.Error, []);
    }

    /// <summary>A method's answer: the fused text, or the text of the candidate it selected.</summary>
    public string? AnswerText(long promptId, AggregationMethod method) =>
        !_aggregates.TryGetValue((promptId, method), out var aggregate) ? null
        : aggregate.SelectedCandidateId is { } selected ? _candidatesById.GetValueOrDefault(selected)?.Text
        : aggregate.Text;

    // The first compared pair with this method and a final verdict decides the cell's colour.
    private RunPromptVerdict Verdict(long promptId, AggregationMethod method, IReadOnlyList<MethodPair> pairs)
    {
        foreach (var pair in pairs.Where(p => p.A == method || p.B == method))
        {
            if (_verdicts.GetValueOrDefault((promptId, pair.A, pair.B)) is not { } final)
            {
                continue;
            }

            return final switch
            {
                PairVerdict.Tie => RunPromptVerdict.Tie,
                PairVerdict.A => pair.A == method ? RunPromptVerdict.Win : RunPromptVerdict.Loss,
                _ => pair.B == method ? RunPromptVerdict.Win : RunPromptVerdict.Loss,
            };
        }

        return RunPromptVerdict.None;
    }

    private static (string? Preview, bool Cut) Preview(string? text)
    {
        if (text is null)
        {
            return (null, false);
        }

        var lines = text.ReplaceLineEndings("\n").Split('\n').Where(l => l.Trim().Length > 0).ToList();
        var preview = string.Join("\n", lines.Take(RunMatrixQuery.PreviewLines));
        var cut = lines.Count > RunMatrixQuery.PreviewLines;
        if (preview.Length > RunMatrixQuery.PreviewLength)
        {
            preview = preview[..RunMatrixQuery.PreviewLength];
            cut = true;
        }

        return (preview, cut);
    }
}
