using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Reports;

/// <summary>
/// The prompts two runs share (the same dataset prompt), paged in SQL in run A's order; the fused scores and
/// verdicts of the page's prompts only are read afterwards, in two small queries.
/// </summary>
public sealed class SharedPromptPageQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public const int TextLength = 120;

    public async Task<SharedPromptPage> LoadAsync(int runA, int runB, MethodPair pair, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var shared = db.RunPrompts.AsNoTracking().Where(p => p.RunId == runA)
            .Join(db.RunPrompts.Where(p => p.RunId == runB), a => a.PromptId, b => b.PromptId, (a, b) => a);
        var total = await shared.CountAsync(cancellationToken);
        if (total == 0)
        {
            return SharedPromptPage.Empty;
        }

        var prompts = await shared
            .Join(db.DatasetPrompts, p => p.PromptId, d => d.Id, (p, d) => new
            {
                p.PromptId,
                p.Ordinal,
                Text = d.Text.Length > TextLength ? d.Text.Substring(0, TextLength) + "…" : d.Text,
                d.Language,
                d.Task,
            })
            .OrderBy(p => p.Ordinal).ThenBy(p => p.PromptId)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 100))
            .ToListAsync(cancellationToken);
        var ids = prompts.Select(p => p.PromptId).ToList();
        int[] runs = [runA, runB];

        var scores = await db.Scores.Where(s => runs.Contains(s.RunId) && s.Value != null)
            .Join(db.Aggregates.Where(a => a.Method == AggregationMethod.FusionOfN && ids.Contains(a.PromptId)), s => s.AggregateId, a => (long?)a.Id,
                (s, a) => new { a.RunId, a.PromptId, a.CandidateLimit, Score = s.Value!.Value })
            .ToListAsync(cancellationToken);
        var verdicts = await db.Comparisons.Where(c => runs.Contains(c.RunId) && ids.Contains(c.PromptId) && c.Final != null
                && ((c.MethodA == pair.A && c.MethodB == pair.B) || (c.MethodA == pair.B && c.MethodB == pair.A)))
            .Select(c => new { c.RunId, c.PromptId, c.MethodA, Final = c.Final!.Value })
            .ToListAsync(cancellationToken);

        SharedPromptSide Side(int runId, long promptId) => new(
            // The run's own answer is the fusion of all N candidates: the largest limit.
            scores.Where(s => s.RunId == runId && s.PromptId == promptId).OrderByDescending(s => s.CandidateLimit).Select(s => (double?)s.Score).FirstOrDefault(),
            verdicts.Where(v => v.RunId == runId && v.PromptId == promptId)
                .Select(v => (Outcome?)Outcomes.FromVerdict(v.Final, reversed: v.MethodA != pair.A)).FirstOrDefault());

        return new SharedPromptPage(
            prompts.Select(p => new SharedPromptRow(p.PromptId, p.Ordinal, p.Text, p.Language, p.Task, Side(runA, p.PromptId), Side(runB, p.PromptId))).ToList(),
            total);
    }
}
