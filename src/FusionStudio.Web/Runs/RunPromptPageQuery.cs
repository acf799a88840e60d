using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>A page of a run's prompts in dataset order, paged and cut short in SQL: a run may have 100,000 prompts.</summary>
public sealed class RunPromptPageQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public const int TextLength = 160;
    public const int ErrorLength = 200;

    public async Task<RunPromptPage> LoadAsync(int runId, RunPromptFilter filter, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var prompts = db.RunPrompts.AsNoTracking().Where(p => p.RunId == runId);
        prompts = filter switch
        {
            RunPromptFilter.Done => prompts.Where(p => p.Stage == PromptStage.Done),
            RunPromptFilter.Failed => prompts.Where(p => p.Stage == PromptStage.Failed),
            RunPromptFilter.InProgress => prompts.Where(p => p.Stage != PromptStage.Done && p.Stage != PromptStage.Failed),
            _ => prompts,
        };

        var total = await prompts.CountAsync(cancellationToken);
        var rows = await prompts
            .Join(db.DatasetPrompts, p => p.PromptId, d => d.Id, (p, d) => new
            {
                p.PromptId,
                p.Ordinal,
                Text = d.Text.Length > TextLength ? d.Text.Substring(0, TextLength) : d.Text,
                TextCut = d.Text.Length > TextLength,
                d.Language,
                d.Task,
                p.Stage,
                Error = p.Error != null && p.Error.Length > ErrorLength ? p.Error.Substring(0, ErrorLength) : p.Error,
            })
            .OrderBy(p => p.Ordinal)
            .Skip(Math.Max(0, skip))
            .Take(Math.Clamp(take, 1, 200))
            .ToListAsync(cancellationToken);

        return new RunPromptPage(
            rows.Select(r => new RunPromptRow(r.PromptId, r.Ordinal, r.Text, r.TextCut, r.Language, r.Task, r.Stage, r.Error)).ToList(),
            total);
    }
}
