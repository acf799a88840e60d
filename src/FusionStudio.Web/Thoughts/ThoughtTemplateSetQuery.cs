using FusionStudio.Data;
using FusionStudio.Data.Calls;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Thoughts;

/// <summary>Reads thought template sets and their templates for the pages and the API.</summary>
public sealed class ThoughtTemplateSetQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<IReadOnlyList<ThoughtTemplateSetSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.ThoughtTemplateSets.OrderByDescending(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);
        var summaries = new List<ThoughtTemplateSetSummary>(ids.Count);
        foreach (var id in ids)
        {
            summaries.Add((await SummarizeAsync(db, id, cancellationToken))!);
        }

        return summaries;
    }

    public async Task<ThoughtTemplateSetSummary?> GetAsync(int setId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SummarizeAsync(db, setId, cancellationToken);
    }

    /// <summary>A page of the set's templates with their past queries and sources, in the order they were written.</summary>
    public async Task<IReadOnlyList<ThoughtTemplateView>> TemplatesAsync(int setId, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var templates = await (
            from t in db.ThoughtTemplates.AsNoTracking()
            where t.SetId == setId
            orderby t.Id
            join p in db.DatasetPrompts on t.PromptId equals p.Id
            select new { t.Id, t.RunId, t.PromptId, p.Text, t.Task, t.SourceCandidateIds, Template = t.Text, t.Error })
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200))
            .ToListAsync(cancellationToken);
        var candidateIds = templates.SelectMany(t => t.SourceCandidateIds).Distinct().ToList();
        var candidates = await (
            from c in db.Candidates.AsNoTracking()
            where candidateIds.Contains(c.Id)
            join teacher in db.Teachers on c.TeacherId equals teacher.Id
            select new { c.Id, teacher.Model, c.ImportedScore, c.Text })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return templates.Select(t => new ThoughtTemplateView(
                t.Id, t.RunId, t.PromptId, t.Text, t.Task,
                t.SourceCandidateIds.Where(candidates.ContainsKey)
                    .Select(id => new ThoughtSourceView(id, candidates[id].Model, candidates[id].ImportedScore, candidates[id].Text ?? "")).ToList(),
                t.Template, t.Error))
            .ToList();
    }

    private static async Task<ThoughtTemplateSetSummary?> SummarizeAsync(FusionDbContext db, int setId, CancellationToken cancellationToken)
    {
        var set = await db.ThoughtTemplateSets.AsNoTracking().SingleOrDefaultAsync(s => s.Id == setId, cancellationToken);
        if (set is null)
        {
            return null;
        }

        var summarizer = await db.Teachers.Where(t => t.Id == set.SummarizerTeacherId).Select(t => t.Name + " (" + t.Model + ")").SingleOrDefaultAsync(cancellationToken);
        var templates = db.ThoughtTemplates.Where(t => t.SetId == setId);
        var written = await templates.CountAsync(t => t.Text != null, cancellationToken);
        var failed = await templates.CountAsync(t => t.Text == null, cancellationToken);
        var calls = (await db.ModelCalls.Where(c => c.ThoughtTemplateSetId == setId).SummarizeAsync(cancellationToken)).All;
        return new ThoughtTemplateSetSummary(set.Id, set.Name, set.Status, set.SourceRunIds, summarizer ?? "(removed teacher)", set.EmbeddingModel,
            set.Queries, written, failed, calls.Calls, calls.Cost, set.Error, set.CreatedAt, set.FinishedAt);
    }

}
