using FusionStudio.Data;
using FusionStudio.Data.Runs;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>
/// The prompt table's rows of a run, with the score and verdict that <see cref="PromptTableAnswers"/> defines: read
/// from the prompts' stored columns to sort and filter (the run's first pair), joined from the answers for another
/// pair, and looked up for the few prompts of one page.
/// </summary>
internal sealed record RunPromptPageShape(PromptTableAnswers Answers)
{
    public static RunPromptPageShape Of(Run run, MethodPair? pair) => new(PromptTableAnswers.Of(run, pair));

    public int RunId => Answers.RunId;

    public RunPromptScoreSource ScoreSource => Answers.ScoreSource;

    public MethodPair? Pair => Answers.Pair;

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

    /// <summary>
    /// The prompts with their stored score and verdict, which hold the run's first pair (<see cref="PromptTableAnswers.IsStored"/>).
    /// Without <paramref name="withDataset"/> text, language and task are left empty and the dataset is not joined:
    /// ordering and counting 100,000 prompts then reads the run's prompts alone.
    /// </summary>
    public IQueryable<RunPromptPageRowData> Stored(FusionDbContext db, bool withDataset)
    {
        var runId = RunId;
        var prompts = db.RunPrompts.Where(p => p.RunId == runId);
        return withDataset
            ? prompts.Join(db.DatasetPrompts, p => p.PromptId, d => d.Id, (p, d) => new RunPromptPageRowData
            {
                PromptId = p.PromptId,
                Ordinal = p.Ordinal,
                Stage = p.Stage,
                Error = p.Error,
                Text = d.Text,
                Language = d.Language,
                Task = d.Task,
                Score = p.Score,
                Verdict = p.Verdict,
            })
            : prompts.Select(p => new RunPromptPageRowData
            {
                PromptId = p.PromptId,
                Ordinal = p.Ordinal,
                Stage = p.Stage,
                Error = p.Error,
                Score = p.Score,
                Verdict = p.Verdict,
            });
    }

    /// <summary>Every prompt with the score and the verdict of any pair, joined from the answers: for a pair not stored.</summary>
    public IQueryable<RunPromptPageRowData> Rows(FusionDbContext db)
    {
        var prompts = Prompts(db);

        // Left joins, not a subquery per row: sorting 100,000 rows by score reads each table once.
        var withVerdicts = prompts
            .GroupJoin(Answers.Comparisons(db), p => p.PromptId, c => c.PromptId, (p, cs) => new { p, cs })
            .SelectMany(x => x.cs.DefaultIfEmpty(), (x, c) => new { x.p, Verdict = c == null ? null : c.Final });
        return withVerdicts
            .GroupJoin(Answers.Scores(db), x => x.p.PromptId, s => s.PromptId, (x, ss) => new { x, ss })
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
        var comparisons = Answers.Comparisons(db);
        var scores = Answers.Scores(db);
        return prompts.Select(p => new RunPromptPageRowData
        {
            PromptId = p.PromptId,
            Ordinal = p.Ordinal,
            Stage = p.Stage,
            Error = p.Error,
            Text = p.Text,
            Language = p.Language,
            Task = p.Task,
            Score = scores.Where(s => s.PromptId == p.PromptId).Max(s => s.Score),
            Verdict = comparisons.Where(c => c.PromptId == p.PromptId).Select(c => c.Final).FirstOrDefault(),
        });
    }
}
