using System.Runtime.CompilerServices;
using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Exports;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Exports;

/// <summary>
/// Reads a run for export in batches of prompts, in dataset order, with keyset paging on the prompt's ordinal: each
/// batch is a few short queries (no tracking, projections only), so memory and query time stay the same however
/// large the run. Language, task and human-verdict filters are applied in SQL.
/// </summary>
internal sealed class ExportBatchReader(FusionDbContext db, ExportRunInfo run, ExportRequest request, int promptsPerBatch)
{
    private readonly ExportNeeds _needs = ExportNeeds.For(request);

    public async IAsyncEnumerable<ExportBatch> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var after = int.MinValue;
        while (true)
        {
            var prompts = await ReadPromptsAsync(after, cancellationToken);
            if (prompts.Count == 0)
            {
                yield break;
            }

            after = prompts[^1].Ordinal;
            var ids = prompts.Select(p => p.PromptId).ToList();
            var usage = _needs.Candidates || _needs.Aggregates || _needs.Comparisons
                ? await BatchCallUsage.ReadAsync(db, run.RunId, ids, cancellationToken)
                : null;
            var candidates = _needs.Candidates ? await ReadCandidatesAsync(ids, usage!, cancellationToken) : [];
            var aggregates = _needs.Aggregates ? await ReadAggregatesAsync(ids, usage!, cancellationToken) : [];
            var comparisons = _needs.Comparisons ? await ReadComparisonsAsync(ids, usage!, cancellationToken) : [];
            var reviews = _needs.Reviews ? await ReadReviewsAsync(ids, cancellationToken) : [];
            yield return new ExportBatch(run.RunId, prompts, candidates, aggregates, comparisons, reviews);
            if (prompts.Count < promptsPerBatch)
            {
                yield break;
            }
        }
    }

    private async Task<List<ExportPrompt>> ReadPromptsAsync(int after, CancellationToken cancellationToken)
    {
        var runId = run.RunId;
        var filter = request.Filter;
        // A run's prompts are its dataset's, in the dataset's order; read from the dataset, an imported log exports
        // its answers before it was ever started (its run prompts are made when it starts).
        var datasetId = run.DatasetId;
        var query = from prompt in db.DatasetPrompts.AsNoTracking()
                    where prompt.DatasetId == datasetId && prompt.Ordinal > after
                    select new { prompt.Ordinal, Prompt = prompt };
        if (filter.Language is { } language)
        {
            query = query.Where(p => p.Prompt.Language == language);
        }

        if (filter.Task is { } task)
        {
            query = query.Where(p => p.Prompt.Task == task);
        }

        var reviews = db.HumanReviews.Where(h => h.RunId == runId);
        query = filter.Human switch
        {
            ExportHumanFilter.Reviewed => query.Where(p => reviews.Any(h => h.PromptId == p.Prompt.Id)),
            ExportHumanFilter.Unreviewed => query.Where(p => !reviews.Any(h => h.PromptId == p.Prompt.Id)),
            ExportHumanFilter.PreferA => query.Where(p => reviews.Any(h => h.PromptId == p.Prompt.Id && h.Verdict == HumanVerdict.A)),
            ExportHumanFilter.PreferB => query.Where(p => reviews.Any(h => h.PromptId == p.Prompt.Id && h.Verdict == HumanVerdict.B)),
            ExportHumanFilter.Tie => query.Where(p => reviews.Any(h => h.PromptId == p.Prompt.Id && h.Verdict == HumanVerdict.Tie)),
            ExportHumanFilter.BothBad => query.Where(p => reviews.Any(h => h.PromptId == p.Prompt.Id && h.Verdict == HumanVerdict.BothBad)),
            _ => query,
        };

        var rows = await query.OrderBy(p => p.Ordinal).Take(promptsPerBatch)
            .Select(p => new { p.Prompt.Id, p.Ordinal, p.Prompt.ExternalId, p.Prompt.Text, p.Prompt.Messages, p.Prompt.Language, p.Prompt.Task, p.Prompt.Reference })
            .ToListAsync(cancellationToken);
        return rows.Select(p => new ExportPrompt(p.Id, p.Ordinal, p.ExternalId, p.Text, p.Messages ?? new List<PromptMessage>(), p.Language, p.Task) { Reference = p.Reference }).ToList();
    }

    private async Task<List<ExportCandidate>> ReadCandidatesAsync(List<long> promptIds, BatchCallUsage usage, CancellationToken cancellationToken)
    {
        var runId = run.RunId;
        var judgeId = run.JudgeTeacherId;
        var versionId = run.PointwiseTemplateVersionId;
        var rows = from candidate in db.Candidates.AsNoTracking()
                   where candidate.RunId == runId && promptIds.Contains(candidate.PromptId)
                   join teacher in db.Teachers.AsNoTracking() on candidate.TeacherId equals teacher.Id
                   from score in db.Scores.AsNoTracking()
                       .Where(s => s.CandidateId == candidate.Id && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId)
                       .DefaultIfEmpty()
                   select new
                   {
                       candidate.Id,
                       candidate.PromptId,
                       candidate.TeacherId,
                       TeacherName = teacher.Name,
                       TeacherModel = teacher.Model,
                       candidate.SampleIndex,
                       candidate.Text,
                       candidate.Error,
                       Score = score == null ? null : score.Value,
                       Rationale = score == null ? null : score.Rationale,
                       candidate.ImportedScore,
                   };
        var candidates = new List<ExportCandidate>();
        await foreach (var c in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            candidates.Add(new ExportCandidate(
                c.Id, c.PromptId, c.TeacherName, c.TeacherModel, run.PositionOf(c.TeacherId), c.SampleIndex, c.Text, c.Error,
                usage.OfCandidate(c.Id),
                c.Score, c.Rationale, c.ImportedScore));
        }

        return candidates;
    }

    private async Task<List<ExportAggregate>> ReadAggregatesAsync(List<long> promptIds, BatchCallUsage usage, CancellationToken cancellationToken)
    {
        var runId = run.RunId;
        var withText = _needs.AggregateTexts;
        var rows = await db.Aggregates.AsNoTracking()
            .Where(a => a.RunId == runId && promptIds.Contains(a.PromptId))
            .Select(a => new
            {
                a.Id,
                a.PromptId,
                a.Method,
                a.CandidateLimit,
                Text = withText ? a.Text : null,
                a.SelectedCandidateId,
                a.SourceCandidateIds,
                a.Error,
            })
            .ToListAsync(cancellationToken);

        // The run's own answers read every candidate; smaller limits belong to the test-time-scaling curve.
        var limits = rows.GroupBy(a => a.PromptId).ToDictionary(g => g.Key, g => g.Max(a => a.CandidateLimit));
        rows = rows.Where(a => a.CandidateLimit == limits[a.PromptId]).ToList();
        var scores = _needs.AnswerScores
            ? await ReadAnswerScoresAsync(rows.Where(a => a.Method.IsFusion()).Select(a => a.Id).ToList(),
                rows.Where(a => a.SelectedCandidateId is not null).Select(a => a.SelectedCandidateId!.Value).Distinct().ToList(), cancellationToken)
            : (Fused: new Dictionary<long, double?>(), Selected: new Dictionary<long, double?>());
        return rows.Select(a => new ExportAggregate(
                a.Id, a.PromptId, a.Method, a.CandidateLimit, a.Text, a.SelectedCandidateId, a.SourceCandidateIds ?? [],
                a.Method.IsFusion() ? scores.Fused.GetValueOrDefault(a.Id) : a.SelectedCandidateId is { } selected ? scores.Selected.GetValueOrDefault(selected) : null,
                usage.OfAggregate(a.Id),
                a.Error))
            .ToList();
    }

    private async Task<(Dictionary<long, double?> Fused, Dictionary<long, double?> Selected)> ReadAnswerScoresAsync(
        List<long> fusedIds, List<long> selectedIds, CancellationToken cancellationToken)
    {
        var judgeId = run.JudgeTeacherId;
        var versionId = run.PointwiseTemplateVersionId;
        var fused = await db.Scores.AsNoTracking()
            .Where(s => s.RunId == run.RunId && fusedIds.Contains(s.AggregateId!.Value) && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId)
            .Select(s => new { AggregateId = s.AggregateId!.Value, s.Value })
            .ToDictionaryAsync(s => s.AggregateId, s => s.Value, cancellationToken);
        var selected = await db.Scores.AsNoTracking()
            .Where(s => selectedIds.Contains(s.CandidateId!.Value) && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId)
            .Select(s => new { CandidateId = s.CandidateId!.Value, s.Value })
            .ToDictionaryAsync(s => s.CandidateId, s => s.Value, cancellationToken);
        return (fused, selected);
    }

    private async Task<List<ExportComparison>> ReadComparisonsAsync(List<long> promptIds, BatchCallUsage usage, CancellationToken cancellationToken)
    {
        var runId = run.RunId;
        var rows = await db.Comparisons.AsNoTracking()
            .Where(c => c.RunId == runId && promptIds.Contains(c.PromptId))
            .Select(c => new { c.Id, c.PromptId, c.MethodA, c.MethodB, c.VerdictAFirst, c.VerdictBFirst, c.Final, c.Error, c.CreatedAt })
            .ToListAsync(cancellationToken);
        return rows.Select(c => new ExportComparison(
                c.PromptId, c.MethodA, c.MethodB, c.VerdictAFirst, c.VerdictBFirst, c.Final, c.Error, usage.OfComparison(c.Id).Cost, c.CreatedAt))
            .ToList();
    }

    private async Task<List<ExportReview>> ReadReviewsAsync(List<long> promptIds, CancellationToken cancellationToken)
    {
        var runId = run.RunId;
        // Only the reviewer's display name or email leaves the database: never the user's id, hash or stamps.
        var rows = from review in db.HumanReviews.AsNoTracking()
                   where review.RunId == runId && promptIds.Contains(review.PromptId)
                   join user in db.Users.AsNoTracking() on review.ReviewerId equals user.Id into users
                   from user in users.DefaultIfEmpty()
                   select new ExportReview(
                       review.Id,
                       review.PromptId,
                       review.MethodA,
                       review.MethodB,
                       user == null ? "(removed user)" : user.DisplayName ?? user.Email ?? "(no name)",
                       review.Verdict,
                       review.AShownLeft,
                       review.Comment,
                       review.CreatedAt);
        return await rows.ToListAsync(cancellationToken);
    }
}
