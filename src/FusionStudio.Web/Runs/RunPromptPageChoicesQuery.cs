using FusionStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>Reads the filter choices from the run's dataset, where an index on (dataset, language) and (dataset, task) serves them.</summary>
public sealed class RunPromptPageChoicesQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<RunPromptPageChoices> LoadAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return RunPromptPageChoices.None;
        }

        var prompts = db.DatasetPrompts.Where(p => p.DatasetId == run.DatasetId);
        var languages = await prompts.Select(p => p.Language).Distinct().OrderBy(l => l).ToListAsync(cancellationToken);
        var tasks = await prompts.Select(p => p.Task).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        return new RunPromptPageChoices(languages, tasks, run.ComparisonPairs, RunPromptPageShape.Of(run, null).ScoreSource);
    }
}
