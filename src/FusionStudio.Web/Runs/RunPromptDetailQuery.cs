using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Attribution;
using FusionStudio.Engine.Imports;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>Reads one prompt of a run with everything stored for it: a handful of rows, so whole entities are fine.</summary>
public sealed class RunPromptDetailQuery(IDbContextFactory<FusionDbContext> contexts, RunPromptPageQuery pages, RunCallLog callLog)
{
    public Task<RunPromptDetail?> LoadAsync(int runId, long promptId, CancellationToken cancellationToken = default) =>
        LoadAsync(runId, promptId, table: null, at: null, cancellationToken);

    /// <param name="table">The prompt table's state the page was opened from, for previous and next; null: dataset order.</param>
    /// <param name="at">The prompt's place in the table's order.</param>
    public async Task<RunPromptDetail?> LoadAsync(int runId, long promptId, RunPromptPageState? table, int? at, CancellationToken cancellationToken = default)
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
        var scores = (await db.Scores.AsNoTracking()
                .Where(s => candidateIds.Contains(s.CandidateId!.Value) && s.JudgeTeacherId == run.JudgeTeacherId && s.TemplateVersionId == run.PointwiseJudgeTemplateVersionId)
                .ToListAsync(cancellationToken))
            .ToDictionary(s => s.CandidateId!.Value);
        var calls = await callLog.TraceAsync(runId, promptId, cancellationToken);
        var teacherIds = candidates.Select(c => c.TeacherId).Concat(calls.Select(c => c.TeacherId).OfType<int>()).Distinct().ToList();
        var teachers = await db.Teachers.AsNoTracking().Where(t => teacherIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

        // The run's own answers read every candidate; smaller limits belong to the scaling curve.
        var aggregates = await db.Aggregates.AsNoTracking().Where(a => a.RunId == runId && a.PromptId == promptId).ToListAsync(cancellationToken);
        var limit = aggregates.Count == 0 ? 0 : aggregates.Max(a => a.CandidateLimit);
        aggregates = aggregates.Where(a => a.CandidateLimit == limit).OrderBy(a => a.Method).ToList();
        var aggregateIds = aggregates.Select(a => a.Id).ToList();
        var aggregateScores = (await db.Scores.AsNoTracking()
                .Where(s => aggregateIds.Contains(s.AggregateId!.Value) && s.JudgeTeacherId == run.JudgeTeacherId && s.TemplateVersionId == run.PointwiseJudgeTemplateVersionId)
                .ToListAsync(cancellationToken))
            .ToDictionary(s => s.AggregateId!.Value);
        var comparisons = await db.Comparisons.AsNoTracking().Where(c => c.RunId == runId && c.PromptId == promptId)
            .OrderBy(c => c.MethodA).ThenBy(c => c.MethodB).ToListAsync(cancellationToken);

        var hintIds = candidates.SelectMany(c => c.HintTemplateIds).Distinct().ToList();
        var hints = hintIds.Count == 0
            ? []
            : await (
                    from t in db.ThoughtTemplates.AsNoTracking()
                    join p in db.DatasetPrompts.AsNoTracking() on t.PromptId equals p.Id
                    where hintIds.Contains(t.Id)
                    select new HintDetail(t.Id, p.Text, t.Text ?? ""))
                .ToDictionaryAsync(h => h.TemplateId, cancellationToken);

        var numbers = candidates.Select((c, index) => (c.Id, Number: index + 1)).ToDictionary(x => x.Id, x => x.Number);
        var candidateDetails = candidates.Select(c => new CandidateDetail(
                c.Id,
                numbers[c.Id],
                teachers.GetValueOrDefault(c.TeacherId) ?? $"Teacher {c.TeacherId}",
                c.SampleIndex,
                c.Text,
                CallUsage.Total(calls.Where(call => call.CandidateId == c.Id)),
                c.Error,
                scores.GetValueOrDefault(c.Id),
                aggregates.Where(a => a.SelectedCandidateId == c.Id).Select(a => a.Method).ToList())
            {
                LanguageProblem = AnswerLanguageCheck.Problem(c.Text, prompt.Language),
                Hints = c.HintTemplateIds.Select(id => hints.GetValueOrDefault(id)).OfType<HintDetail>().ToList(),
            })
            .ToList();
        var aggregateDetails = aggregates.Select(a => new AggregateDetail(
                a.Method,
                a.Text,
                a.SelectedCandidateId is { } selected && numbers.TryGetValue(selected, out var number) ? number : null,
                a.PresentedOrder.Where(numbers.ContainsKey).Select(id => numbers[id]).ToList(),
                CallUsage.Total(calls.Where(call => call.AggregateId == a.Id)),
                a.Error,
                aggregateScores.GetValueOrDefault(a.Id),
                a.Method.IsFusion() && a.Text is not null ? Attribute(a, candidateDetails) : null)
            {
                LanguageProblem = AnswerLanguageCheck.Problem(a.Text, prompt.Language),
            })
            .ToList();

        var (previous, next, previousAt, nextAt) = await NeighboursAsync(db, runPrompt, table, at, cancellationToken);
        var route = await RouteAsync(db, run, promptId, cancellationToken);
        return new RunPromptDetail(
            run.Id, run.Name, run.Status, prompt, runPrompt.Stage, runPrompt.Error,
            candidateDetails, aggregateDetails, comparisons, previous, next, previousAt, nextAt)
        {
            Calls = calls,
            TeacherNames = teachers,
            Route = route,
        };
    }

    private static async Task<RouteDetail?> RouteAsync(FusionDbContext db, Run run, long promptId, CancellationToken cancellationToken)
    {
        var route = await db.PromptRoutes.AsNoTracking().Include(r => r.Choices)
            .SingleOrDefaultAsync(r => r.RunId == run.Id && r.PromptId == promptId, cancellationToken);
        if (route is null)
        {
            return null;
        }

        var router = await db.Routers.Where(r => r.Id == route.RouterId).Select(r => r.Name + " v" + r.Version).SingleAsync(cancellationToken);
        var ids = route.Choices.Select(c => c.TeacherId).ToList();
        var names = await db.Teachers.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var topK = run.Methods.RoutedTeachers(run.RoutedTopK);
        return new RouteDetail(router, route.Choices.OrderBy(c => c.Rank).Select(c => names.GetValueOrDefault(c.TeacherId, $"Teacher {c.TeacherId}")).ToList(), topK, route.Error);
    }

    // The candidates the fusor read, in number order; ties between equal matches go to the higher judge score.
    private static RunPromptDetailAttribution Attribute(Aggregate fused, IReadOnlyList<CandidateDetail> candidates)
    {
        var read = fused.SourceCandidateIds.Count > 0 ? fused.SourceCandidateIds.ToHashSet() : candidates.Select(c => c.Id).ToHashSet();
        var sources = candidates.Where(c => read.Contains(c.Id) && c.Text is not null).ToList();
        var result = FusedTextAttributor.Attribute(fused.Text, sources.Select(c => new AttributionSource(c.Text, c.Score?.Value)).ToList());
        return new RunPromptDetailAttribution(result, sources.Select(c => c.Number).ToList());
    }

    private async Task<(long? Previous, long? Next, int? PreviousAt, int? NextAt)> NeighboursAsync(
        FusionDbContext db, RunPrompt current, RunPromptPageState? table, int? at, CancellationToken cancellationToken)
    {
        if (table is not null && at is >= 0 and < int.MaxValue)
        {
            var skip = Math.Max(0, at.Value - 1);
            var window = await pages.LoadAsync(current.RunId, table.Filter, table.Sort, skip, 3, cancellationToken);
            var index = window.Rows.ToList().FindIndex(r => r.PromptId == current.PromptId);
            if (index >= 0)
            {
                var previous = index > 0 ? window.Rows[index - 1].PromptId : (long?)null;
                var next = index + 1 < window.Rows.Count ? window.Rows[index + 1].PromptId : (long?)null;
                return (previous, next, previous is null ? null : skip + index - 1, next is null ? null : skip + index + 1);
            }
        }

        var before = await db.RunPrompts.Where(p => p.RunId == current.RunId && p.Ordinal < current.Ordinal)
            .OrderByDescending(p => p.Ordinal).Select(p => (long?)p.PromptId).FirstOrDefaultAsync(cancellationToken);
        var after = await db.RunPrompts.Where(p => p.RunId == current.RunId && p.Ordinal > current.Ordinal)
            .OrderBy(p => p.Ordinal).Select(p => (long?)p.PromptId).FirstOrDefaultAsync(cancellationToken);
        return (before, after, null, null);
    }
}
