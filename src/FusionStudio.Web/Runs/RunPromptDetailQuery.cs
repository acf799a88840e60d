using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>Reads one prompt of a run with everything stored for it: a handful of rows, so whole entities are fine.</summary>
public sealed class RunPromptDetailQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<RunPromptDetail?> LoadAsync(int runId, long promptId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        var runPrompt = await db.RunPrompts.AsNoTracking().SingleOrDefaultAsync(p => p.RunId == runId && p.PromptId == promptId, cancellationToken);
        if (run is null || runPrompt is null)
        {
            return null;
        }

        var prompt = await db.DatasetPrompts.AsNoTracking().SingleAsync(p => p.Id == promptId, cancellationToken);
        var positions = run.Teachers.ToDictionary(t => t.TeacherId, t => t.Position);
        var candidates = (await db.Candidates.AsNoTracking().Where(c => c.RunId == runId && c.PromptId == promptId).ToListAsync(cancellationToken))
            .OrderBy(c => positions.GetValueOrDefault(c.TeacherId, int.MaxValue)).ThenBy(c => c.TeacherId).ThenBy(c => c.SampleIndex)
            .ToList();
        var candidateIds = candidates.Select(c => c.Id).ToList();
        var scores = (await db.JudgeScores.AsNoTracking()
                .Where(s => candidateIds.Contains(s.CandidateId) && s.JudgeTeacherId == run.JudgeTeacherId && s.TemplateVersionId == run.PointwiseJudgeTemplateVersionId)
                .ToListAsync(cancellationToken))
            .ToDictionary(s => s.CandidateId);
        var teacherIds = candidates.Select(c => c.TeacherId).Distinct().ToList();
        var teachers = await db.Teachers.AsNoTracking().Where(t => teacherIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

        // The run's own answers read every candidate; smaller limits belong to the scaling curve.
        var aggregates = await db.Aggregates.AsNoTracking().Where(a => a.RunId == runId && a.PromptId == promptId).ToListAsync(cancellationToken);
        var limit = aggregates.Count == 0 ? 0 : aggregates.Max(a => a.CandidateLimit);
        aggregates = aggregates.Where(a => a.CandidateLimit == limit).OrderBy(a => a.Method).ToList();
        var comparisons = await db.Comparisons.AsNoTracking().Where(c => c.RunId == runId && c.PromptId == promptId)
            .OrderBy(c => c.MethodA).ThenBy(c => c.MethodB).ToListAsync(cancellationToken);

        var numbers = candidates.Select((c, index) => (c.Id, Number: index + 1)).ToDictionary(x => x.Id, x => x.Number);
        var candidateDetails = candidates.Select(c => new CandidateDetail(
                c.Id,
                numbers[c.Id],
                teachers.GetValueOrDefault(c.TeacherId) ?? $"Teacher {c.TeacherId}",
                c.SampleIndex,
                c.Text,
                c.Usage,
                c.Error,
                scores.GetValueOrDefault(c.Id),
                aggregates.Where(a => a.SelectedCandidateId == c.Id).Select(a => a.Method).ToList()))
            .ToList();
        var aggregateDetails = aggregates.Select(a => new AggregateDetail(
                a.Method,
                a.Text,
                a.SelectedCandidateId is { } selected && numbers.TryGetValue(selected, out var number) ? number : null,
                a.PresentedOrder.Where(numbers.ContainsKey).Select(id => numbers[id]).ToList(),
                a.Usage,
                a.Error))
            .ToList();

        var previous = await db.RunPrompts.Where(p => p.RunId == runId && p.Ordinal < runPrompt.Ordinal)
            .OrderByDescending(p => p.Ordinal).Select(p => (long?)p.PromptId).FirstOrDefaultAsync(cancellationToken);
        var next = await db.RunPrompts.Where(p => p.RunId == runId && p.Ordinal > runPrompt.Ordinal)
            .OrderBy(p => p.Ordinal).Select(p => (long?)p.PromptId).FirstOrDefaultAsync(cancellationToken);

        return new RunPromptDetail(
            run.Id, run.Name, run.Status, prompt, runPrompt.Stage, runPrompt.Error,
            candidateDetails, aggregateDetails, comparisons, previous, next);
    }
}
