using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Reports.Compare;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Reports;

/// <summary>
/// The prompts the compared runs share (the same dataset prompt), paged in SQL in the baseline's order; the fused
/// scores and verdicts of the page's prompts only are read afterwards. "Changed verdicts only" keeps the prompts where
/// some run's verdict on the pair differs from the baseline's (<see cref="SharedVerdicts"/>, as the figures count them).
/// </summary>
public sealed class SharedPromptPageQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public const int TextLength = 120;

    public async Task<SharedPromptPage> LoadAsync(
        IReadOnlyList<int> runIds, MethodPair pair, bool changedOnly, int skip, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        ArgumentNullException.ThrowIfNull(pair);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var baseline = runIds[0];
        var others = runIds.Skip(1).ToList();
        var shared = db.RunPrompts.AsNoTracking().Where(p => p.RunId == baseline);
        foreach (var other in others)
        {
            shared = shared.Where(p => db.RunPrompts.Any(o => o.RunId == other && o.PromptId == p.PromptId));
        }

        var verdicts = await SharedVerdicts.LoadAsync(db, runIds, pair, cancellationToken);
        int total;
        List<long> pageIds;
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, 100);
        if (changedOnly)
        {
            // Verdicts are a few bytes a prompt and a run: the filter runs here, on the shared prompts' ids in order.
            var changed = verdicts.Where(v => v.Key.RunId == baseline)
                .Where(v => others.Any(o => verdicts.TryGetValue((o, v.Key.PromptId), out var outcome) && outcome != v.Value))
                .Select(v => v.Key.PromptId)
                .ToHashSet();
            var ordered = await shared.OrderBy(p => p.Ordinal).ThenBy(p => p.PromptId).Select(p => p.PromptId).ToListAsync(cancellationToken);
            var kept = ordered.Where(changed.Contains).ToList();
            total = kept.Count;
            pageIds = kept.Skip(skip).Take(take).ToList();
        }
        else
        {
            total = await shared.CountAsync(cancellationToken);
            pageIds = await shared.OrderBy(p => p.Ordinal).ThenBy(p => p.PromptId).Skip(skip).Take(take).Select(p => p.PromptId).ToListAsync(cancellationToken);
        }

        if (total == 0)
        {
            return SharedPromptPage.Empty;
        }

        var prompts = await db.RunPrompts.Where(p => p.RunId == baseline && pageIds.Contains(p.PromptId))
            .Join(db.DatasetPrompts, p => p.PromptId, d => d.Id, (p, d) => new
            {
                p.PromptId,
                p.Ordinal,
                Text = d.Text.Length > TextLength ? d.Text.Substring(0, TextLength) + "…" : d.Text,
                d.Language,
                d.Task,
            })
            .OrderBy(p => p.Ordinal).ThenBy(p => p.PromptId)
            .ToListAsync(cancellationToken);
        var runs = runIds.ToList();
        var scores = await db.Scores.Where(s => runs.Contains(s.RunId) && s.Value != null)
            .Join(db.Aggregates.Where(a => a.Method == AggregationMethod.FusionOfN && pageIds.Contains(a.PromptId)), s => s.AggregateId, a => (long?)a.Id,
                (s, a) => new { a.RunId, a.PromptId, a.CandidateLimit, Score = s.Value!.Value })
            .ToListAsync(cancellationToken);

        SharedPromptSide Side(int runId, long promptId) => new(
            // The run's own answer is the fusion of all N candidates: the largest limit.
            scores.Where(s => s.RunId == runId && s.PromptId == promptId).OrderByDescending(s => s.CandidateLimit).Select(s => (double?)s.Score).FirstOrDefault(),
            verdicts.TryGetValue((runId, promptId), out var outcome) ? outcome : null);

        return new SharedPromptPage(
            prompts.Select(p => new SharedPromptRow(p.PromptId, p.Ordinal, p.Text, p.Language, p.Task, runIds.Select(r => Side(r, p.PromptId)).ToList())).ToList(),
            total);
    }
}
