using FusionStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Exports;

public sealed class RunExportOptionsQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<RunExportOptions?> LoadAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().Where(r => r.Id == runId).Select(r => new { r.Id, r.Name }).SingleOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return null;
        }

        var prompts = from runPrompt in db.RunPrompts
                      where runPrompt.RunId == runId
                      join prompt in db.DatasetPrompts on runPrompt.PromptId equals prompt.Id
                      select prompt;
        var languages = await prompts.Select(p => p.Language).Distinct().OrderBy(l => l).ToListAsync(cancellationToken);
        var tasks = await prompts.Select(p => p.Task).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
        var reviews = await db.HumanReviews.CountAsync(h => h.RunId == runId, cancellationToken);
        return new RunExportOptions(run.Id, run.Name, languages, tasks, reviews);
    }
}
