using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;
using FusionStudio.Engine.Methods;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Reports;

/// <summary>
/// Run B against run A, method by method, on the prompts they share: the mean change of the judge score of each
/// method's answer with a paired interval. Two runs of the same plan, one drawing new samples, show run-to-run variance.
/// </summary>
public sealed class RunDifferenceQuery(IDbContextFactory<FusionDbContext> contexts, IOptions<BootstrapOptions> bootstrap)
{
    public async Task<IReadOnlyList<MethodDifference>> LoadAsync(int runA, int runB, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var a = await ScoresAsync(db, runA, cancellationToken);
        var b = await ScoresAsync(db, runB, cancellationToken);
        return a.Keys.Select(key => key.Method).Intersect(b.Keys.Select(key => key.Method)).Distinct().Order()
            .Select(method => new MethodDifference(
                method,
                PairedDifference.Of(
                    a.Where(x => x.Key.Method == method && b.ContainsKey(x.Key)).Select(x => (x.Value, b[x.Key])),
                    StableRandom.SeedFrom(runA, runB, (int)method),
                    bootstrap.Value)))
            .ToList();
    }

    /// <summary>
    /// The same scores per task of the shared prompts: did run B (e.g. with thought hints) do better than run A on
    /// each task. Prompts without a task count under "(no task)".
    /// </summary>
    public async Task<IReadOnlyList<TaskDifference>> ByTaskAsync(int runA, int runB, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var a = await ScoresAsync(db, runA, cancellationToken);
        var b = await ScoresAsync(db, runB, cancellationToken);
        var shared = a.Keys.Where(b.ContainsKey).ToList();
        var promptIds = shared.Select(key => key.PromptId).Distinct().ToList();
        var tasks = await db.DatasetPrompts.AsNoTracking().Where(p => promptIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => string.IsNullOrEmpty(p.Task) ? NoTask : p.Task, cancellationToken);
        return shared.GroupBy(key => (Task: tasks[key.PromptId], key.Method))
            .OrderBy(g => g.Key.Task, StringComparer.Ordinal).ThenBy(g => g.Key.Method)
            .Select(g => new TaskDifference(g.Key.Task, g.Key.Method, g.Count(), g.Average(key => a[key]), g.Average(key => b[key])))
            .ToList();
    }

    public const string NoTask = "(no task)";

    /// <summary>The judge score of each method's own answer (all N candidates) per prompt: the picked candidate's, or the fused text's.</summary>
    private static async Task<Dictionary<(AggregationMethod Method, long PromptId), double>> ScoresAsync(
        FusionDbContext db, int runId, CancellationToken cancellationToken)
    {
        var run = await db.Runs.AsNoTracking().Where(r => r.Id == runId)
            .Select(r => new { r.JudgeTeacherId, r.PointwiseJudgeTemplateVersionId })
            .SingleOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return [];
        }

        var scores = db.Scores.Where(s => s.RunId == runId && s.Value != null
            && (run.JudgeTeacherId == null || s.JudgeTeacherId == run.JudgeTeacherId)
            && (run.PointwiseJudgeTemplateVersionId == null || s.TemplateVersionId == run.PointwiseJudgeTemplateVersionId));
        var aggregates = db.Aggregates.Where(x => x.RunId == runId && x.Subset == 0);
        var selected = await aggregates.Where(x => x.SelectedCandidateId != null)
            .Join(scores, x => x.SelectedCandidateId, s => s.CandidateId, (x, s) => new Row(x.Method, x.PromptId, x.CandidateLimit, s.Value!.Value))
            .ToListAsync(cancellationToken);
        var fused = await aggregates
            .Join(scores, x => (long?)x.Id, s => s.AggregateId, (x, s) => new Row(x.Method, x.PromptId, x.CandidateLimit, s.Value!.Value))
            .ToListAsync(cancellationToken);
        var rows = selected.Concat(fused).ToList();

        // Only the run's own answers: each method's largest candidate limit, not the scaling curve's smaller ones.
        var full = rows.GroupBy(r => r.Method).ToDictionary(g => g.Key, g => g.Max(r => r.Limit));
        return rows.Where(r => r.Limit == full[r.Method])
            .GroupBy(r => (r.Method, r.PromptId))
            .ToDictionary(g => g.Key, g => g.First().Score);
    }

    private sealed record Row(AggregationMethod Method, long PromptId, int Limit, double Score);
}
