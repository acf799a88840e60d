using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>
/// A page of a run's prompts, filtered, sorted, paged and cut short in SQL: a run may have 100,000 prompts, so a page
/// is one COUNT and one query for its rows, never all rows.
/// </summary>
public sealed class RunPromptPageQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public const int TextLength = 160;
    public const int ErrorLength = 200;
    public const int MaxPageSize = 200;

    private const string LikeEscape = "\\";

    public Task<RunPromptPage> LoadAsync(int runId, RunPromptFilter filter, int skip, int take, CancellationToken cancellationToken = default) =>
        LoadAsync(runId, filter, RunPromptSort.Default, skip, take, cancellationToken);

    public async Task<RunPromptPage> LoadAsync(
        int runId, RunPromptFilter filter, RunPromptSort sort, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return new RunPromptPage([], 0);
        }

        var shape = RunPromptPageShape.Of(run, filter.Pair);
        // The page's prompts are found first and only they are read in full, in one SQL query. Finding them reads the
        // stored score and verdict, through their indexes, and the dataset's rows only when its fields are filtered
        // or sorted on; another pair's verdict costs a join over every prompt.
        var filtersAnswers = filter.Verdict is not null || filter.MinScore is not null || filter.MaxScore is not null;
        var needsAnswers = filtersAnswers || sort.Column is RunPromptSortColumn.Score or RunPromptSortColumn.Verdict;
        var needsDataset = !string.IsNullOrWhiteSpace(filter.Language) || !string.IsNullOrWhiteSpace(filter.Task)
            || !string.IsNullOrWhiteSpace(filter.Search) || sort.Column is RunPromptSortColumn.Language or RunPromptSortColumn.Task;
        var stored = shape.Answers.IsStored || !needsAnswers;
        var rows = Filter(db, stored ? shape.Stored(db, needsDataset) : shape.Rows(db), filter);
        // A prompt has at most one score and one verdict, so the left joins add no row: sorting on them alone
        // counts the prompts without the joins.
        var total = await (stored || filtersAnswers ? rows : Filter(db, shape.Stored(db, needsDataset), filter)).CountAsync(cancellationToken);
        var pageIds = Sort(rows, sort).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, MaxPageSize)).Select(r => r.PromptId);
        var page = await Sort(shape.WithAnswers(db, shape.Prompts(db).Where(r => pageIds.Contains(r.PromptId))), sort)
            .Select(r => new
            {
                r.PromptId,
                r.Ordinal,
                Text = r.Text.Length > TextLength ? r.Text.Substring(0, TextLength) : r.Text,
                TextCut = r.Text.Length > TextLength,
                r.Language,
                r.Task,
                r.Stage,
                Error = r.Error != null && r.Error.Length > ErrorLength ? r.Error.Substring(0, ErrorLength) : r.Error,
                r.Score,
                r.Verdict,
            })
            .ToListAsync(cancellationToken);

        return new RunPromptPage(
            page.Select(r => new RunPromptRow(
                r.PromptId, r.Ordinal, r.Text, r.TextCut, r.Language, r.Task, r.Stage, r.Error, r.Score, VerdictOf(r.Verdict))).ToList(),
            total)
        {
            ScoreSource = shape.ScoreSource,
            Pair = shape.Pair,
        };
    }

    private static RunPromptVerdict VerdictOf(PairVerdict? final) => final switch
    {
        PairVerdict.A => RunPromptVerdict.Win,
        PairVerdict.B => RunPromptVerdict.Loss,
        PairVerdict.Tie => RunPromptVerdict.Tie,
        _ => RunPromptVerdict.None,
    };

    private static IQueryable<RunPromptPageRowData> Filter(FusionDbContext db, IQueryable<RunPromptPageRowData> rows, RunPromptFilter filter)
    {
        rows = filter.Stage switch
        {
            RunPromptStageFilter.Done => rows.Where(p => p.Stage == PromptStage.Done),
            RunPromptStageFilter.Failed => rows.Where(p => p.Stage == PromptStage.Failed),
            RunPromptStageFilter.InProgress => rows.Where(p => p.Stage != PromptStage.Done && p.Stage != PromptStage.Failed),
            _ => rows,
        };

        if (!string.IsNullOrWhiteSpace(filter.Language))
        {
            rows = rows.Where(r => r.Language == filter.Language);
        }

        if (!string.IsNullOrWhiteSpace(filter.Task))
        {
            rows = rows.Where(r => r.Task == filter.Task);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = "%" + EscapeLike(filter.Search.Trim()) + "%";
            // PostgreSQL's LIKE is case-sensitive; SQLite's LIKE already ignores case (for ASCII letters).
            rows = db.Database.IsNpgsql()
                ? rows.Where(r => EF.Functions.ILike(r.Text, pattern, LikeEscape))
                : rows.Where(r => EF.Functions.Like(r.Text, pattern, LikeEscape));
        }

        rows = filter.Verdict switch
        {
            RunPromptVerdict.Win => rows.Where(r => r.Verdict == PairVerdict.A),
            RunPromptVerdict.Loss => rows.Where(r => r.Verdict == PairVerdict.B),
            RunPromptVerdict.Tie => rows.Where(r => r.Verdict == PairVerdict.Tie),
            RunPromptVerdict.None => rows.Where(r => r.Verdict == null),
            _ => rows,
        };

        if (filter.MinScore is { } min)
        {
            rows = rows.Where(r => r.Score >= min);
        }

        if (filter.MaxScore is { } max)
        {
            rows = rows.Where(r => r.Score <= max);
        }

        return rows;
    }

    private static IQueryable<RunPromptPageRowData> Sort(IQueryable<RunPromptPageRowData> rows, RunPromptSort sort)
    {
        var descending = sort.Descending;
        var ordered = sort.Column switch
        {
            RunPromptSortColumn.Language => descending ? rows.OrderByDescending(r => r.Language) : rows.OrderBy(r => r.Language),
            RunPromptSortColumn.Task => descending ? rows.OrderByDescending(r => r.Task) : rows.OrderBy(r => r.Task),
            // Stages are stored by name: order them as the pipeline does, not alphabetically.
            RunPromptSortColumn.Stage => descending
                ? rows.OrderByDescending(r => r.Stage == PromptStage.Pending ? 0 : r.Stage == PromptStage.Generated ? 1 : r.Stage == PromptStage.Scored ? 2
                    : r.Stage == PromptStage.Aggregated ? 3 : r.Stage == PromptStage.Done ? 5 : 6)
                : rows.OrderBy(r => r.Stage == PromptStage.Pending ? 0 : r.Stage == PromptStage.Generated ? 1 : r.Stage == PromptStage.Scored ? 2
                    : r.Stage == PromptStage.Aggregated ? 3 : r.Stage == PromptStage.Done ? 5 : 6),
            RunPromptSortColumn.Score => descending
                ? rows.OrderBy(r => r.Score == null).ThenByDescending(r => r.Score)
                : rows.OrderBy(r => r.Score == null).ThenBy(r => r.Score),
            RunPromptSortColumn.Verdict => descending
                ? rows.OrderByDescending(r => r.Verdict == null ? 3 : r.Verdict == PairVerdict.A ? 0 : r.Verdict == PairVerdict.Tie ? 1 : 2)
                : rows.OrderBy(r => r.Verdict == null ? 3 : r.Verdict == PairVerdict.A ? 0 : r.Verdict == PairVerdict.Tie ? 1 : 2),
            _ => descending ? rows.OrderByDescending(r => r.Ordinal) : rows.OrderBy(r => r.Ordinal),
        };
        return sort.Column == RunPromptSortColumn.Ordinal ? ordered : ordered.ThenBy(r => r.Ordinal);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
