using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs.Matrix;

/// <summary>
/// A run as prompts × answers (every candidate, then every method), paged in SQL: the filter and the window of prompts
/// are found in the database, and only that window's answers are read. Scores are the run judge's; verdicts come from
/// the first compared pair that has the method.
/// </summary>
public sealed class RunMatrixQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public const int MaxPageSize = 100;
    public const int PromptLength = 200;
    public const int PreviewLines = 3;
    public const int PreviewLength = 240;

    // Diffs read this much of each answer: enough for a cell, bounded for a page of long answers.
    private const int DiffLength = 4_000;

    public async Task<RunMatrixShape?> ShapeAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return run is null ? null : await ShapeAsync(db, run, cancellationToken);
    }

    public async Task<RunMatrixPage> LoadAsync(int runId, bool differencesOnly, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return new RunMatrixPage([], 0);
        }

        var shape = await ShapeAsync(db, run, cancellationToken);
        var limit = run.Teachers.Sum(t => t.SampleCount);
        var prompts = db.RunPrompts.Where(p => p.RunId == runId);
        if (differencesOnly)
        {
            prompts = prompts.Where(p =>
                db.Comparisons.Any(c => c.RunId == runId && c.PromptId == p.PromptId && (c.Final == PairVerdict.A || c.Final == PairVerdict.B))
                || db.Aggregates.Where(a => a.RunId == runId && a.PromptId == p.PromptId && a.Subset == 0 && a.CandidateLimit == limit && a.SelectedCandidateId != null)
                    .Select(a => a.SelectedCandidateId).Distinct().Count() > 1);
        }

        var total = await prompts.CountAsync(cancellationToken);
        var window = await prompts.OrderBy(p => p.Ordinal)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxPageSize))
            .Join(db.DatasetPrompts, p => p.PromptId, d => d.Id, (p, d) => new
            {
                p.PromptId,
                p.Ordinal,
                Text = d.Text.Length > PromptLength ? d.Text.Substring(0, PromptLength) : d.Text,
            })
            .ToListAsync(cancellationToken);
        var ids = window.Select(p => p.PromptId).ToList();
        var answers = await RunMatrixAnswers.LoadAsync(db, run, ids, limit, cancellationToken);
        var rows = window.OrderBy(p => p.Ordinal)
            .Select(p => Row(shape, run, answers, p.PromptId, p.Ordinal, p.Text))
            .ToList();
        return new RunMatrixPage(rows, total);
    }

    private static RunMatrixRow Row(RunMatrixShape shape, Run run, RunMatrixAnswers answers, long promptId, int ordinal, string text)
    {
        var cells = shape.Columns.Select(column => column.Method is { } method
                ? answers.MethodCell(promptId, method, run.ComparisonPairs)
                : answers.CandidateCell(promptId, column.TeacherId!.Value, column.SampleIndex))
            .ToList();
        var diff = shape.CanDiff
            && answers.AnswerText(promptId, AggregationMethod.BestOfN) is { } bestOfN
            && answers.AnswerText(promptId, AggregationMethod.FusionOfN) is { } fused
            ? WordDiff.Of(Cut(bestOfN), Cut(fused))
            : null;
        return new RunMatrixRow(promptId, ordinal, text, cells, diff);
    }

    private static string Cut(string text) => text.Length > DiffLength ? text[..DiffLength] : text;

    private static async Task<RunMatrixShape> ShapeAsync(FusionDbContext db, Run run, CancellationToken cancellationToken)
    {
        var teacherIds = run.Teachers.Select(t => t.TeacherId).ToList();
        var names = await db.Teachers.AsNoTracking().Where(t => teacherIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var number = 0;
        var candidates = run.Teachers.OrderBy(t => t.Position).ThenBy(t => t.TeacherId)
            .SelectMany(t => Enumerable.Range(0, t.SampleCount).Select(sample =>
            {
                var name = names.GetValueOrDefault(t.TeacherId) ?? $"Teacher {t.TeacherId}";
                var label = t.SampleCount > 1 ? $"{++number} · {name} #{sample + 1}" : $"{++number} · {name}";
                return new RunMatrixColumn($"c{t.TeacherId}-{sample}", label, null, t.TeacherId, sample);
            }))
            .ToList();
        var methods = run.Methods.Distinct().Order().Select(m => new RunMatrixColumn($"m{(int)m}", m.ToLabel(), m, null, 0));
        var prompts = await db.RunPrompts.CountAsync(p => p.RunId == run.Id, cancellationToken);
        return new RunMatrixShape(run.Id, run.Name, [.. candidates, .. methods], run.ComparisonPairs.FirstOrDefault(), prompts);
    }
}
