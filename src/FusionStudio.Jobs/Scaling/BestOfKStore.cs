using FusionStudio.Data;
using FusionStudio.Engine.Scaling;
using FusionStudio.Jobs.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Scaling;

/// <summary>
/// Stores each prompt's expected Best-of-k (<see cref="BestOfKCurve.PerPrompt"/>) on its run prompt, from its
/// successful candidates' scores by the run's judge and template version. Called whenever a prompt's candidate scores
/// change (the scoring step, which retry-failed and judging a live run's traffic go through too), so the scaling curve
/// reads 100,000 small rows instead of 800,000 candidates.
/// </summary>
public sealed class BestOfKStore(IDbContextFactory<FusionDbContext> contexts)
{
    private const int PromptsPerBatch = 1000;

    /// <summary>Stores the values of every prompt of the run, a batch at a time.</summary>
    public async Task StoreRunAsync(int runId, CancellationToken cancellationToken)
    {
        List<long> promptIds;
        BestOfKScope? scope;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            scope = await db.Runs.AsNoTracking().Where(r => r.Id == runId)
                .Select(r => new BestOfKScope(r.Id, r.JudgeTeacherId ?? 0, r.PointwiseJudgeTemplateVersionId ?? 0, r.Teachers.Sum(t => t.SampleCount)))
                .SingleOrDefaultAsync(cancellationToken);
            promptIds = await db.RunPrompts.Where(p => p.RunId == runId).OrderBy(p => p.PromptId).Select(p => p.PromptId).ToListAsync(cancellationToken);
        }

        if (scope is null)
        {
            return;
        }

        foreach (var batch in promptIds.Chunk(PromptsPerBatch))
        {
            await StoreAsync(scope, batch, cancellationToken);
        }
    }

    /// <summary>
    /// Stores one prompt's values, after its candidates got new scores: <paramref name="answeredScores"/> are its
    /// successful candidates' scores as the scoring step's batched reader has them (null where unscored or failed).
    /// </summary>
    public Task StorePromptAsync(RunContext run, long promptId, IReadOnlyCollection<double?> answeredScores, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(answeredScores);
        var values = new Dictionary<long, double[]?>
        {
            [promptId] = answeredScores.Count == 0 ? null : BestOfKCurve.PerPrompt(answeredScores, run.CandidatesPerPrompt),
        };
        return WriteAsync(run.Run.Id, [promptId], values, cancellationToken);
    }

    public async Task StoreAsync(BestOfKScope scope, IReadOnlyCollection<long> promptIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Dictionary<long, double[]?> values;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var scores = db.Scores.Where(s => s.RunId == scope.RunId && s.JudgeTeacherId == scope.JudgeTeacherId && s.TemplateVersionId == scope.TemplateVersionId);
            var rows = await (
                    from c in db.Candidates.AsNoTracking()
                    where c.RunId == scope.RunId && promptIds.Contains(c.PromptId) && c.Error == null && c.Text != null
                    join s in scores on c.Id equals s.CandidateId into scored
                    from s in scored.DefaultIfEmpty()
                    select new { c.PromptId, Score = s == null ? null : s.Value })
                .ToListAsync(cancellationToken);
            values = rows.GroupBy(r => r.PromptId).ToDictionary(g => g.Key, g => (double[]?)BestOfKCurve.PerPrompt(g.Select(r => r.Score), scope.CandidatesPerPrompt));
        }

        await WriteAsync(scope.RunId, promptIds, values, cancellationToken);
    }

    /// <summary>Writes the values; a prompt in <paramref name="promptIds"/> without a value (no successful candidate) gets none.</summary>
    private async Task WriteAsync(int runId, IReadOnlyCollection<long> promptIds, Dictionary<long, double[]?> values, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var prompts = await db.RunPrompts.Where(p => p.RunId == runId && promptIds.Contains(p.PromptId)).ToListAsync(cancellationToken);
        foreach (var prompt in prompts)
        {
            prompt.BestOfK = values.GetValueOrDefault(prompt.PromptId);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
