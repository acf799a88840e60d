using System.Collections.Concurrent;
using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Engine.Thoughts;
using FusionStudio.Jobs.Routing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Thoughts;

/// <summary>
/// Finds a prompt's thought hints in a set. Each set's index is built once per process and kept: a ready set does
/// not change, and rebuilding the index for every prompt would read every template and vector again.
/// </summary>
public sealed class ThoughtHintIndexes(IDbContextFactory<FusionDbContext> contexts, EmbeddingModels embeddings)
{
    private readonly ConcurrentDictionary<int, Lazy<Task<(ThoughtTemplateIndex Index, string Model)>>> _sets = new();

    /// <summary>The templates of the most similar past queries of the prompt's task, most similar first.</summary>
    public async Task<IReadOnlyList<ThoughtHint>> RetrieveAsync(int setId, DatasetPrompt prompt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        var lazy = _sets.GetOrAdd(setId, id => new Lazy<Task<(ThoughtTemplateIndex, string)>>(() => LoadAsync(id, CancellationToken.None)));
        (ThoughtTemplateIndex Index, string Model) set;
        try
        {
            set = await lazy.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (lazy.Value.IsFaulted)
        {
            // A failed load (the database or the embedding model was away) is tried again by the next prompt.
            _sets.TryRemove(new KeyValuePair<int, Lazy<Task<(ThoughtTemplateIndex, string)>>>(setId, lazy));
            throw;
        }

        var vector = (await embeddings.EmbedAsync(set.Model, [prompt.Text], cancellationToken)).Vectors[0];
        return set.Index.Retrieve(vector, string.IsNullOrEmpty(prompt.Task) ? null : prompt.Task);
    }

    private async Task<(ThoughtTemplateIndex, string)> LoadAsync(int setId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var model = await db.ThoughtTemplateSets.AsNoTracking().Where(s => s.Id == setId).Select(s => s.EmbeddingModel).SingleAsync(cancellationToken);
        var templates = await (
                from t in db.ThoughtTemplates.AsNoTracking()
                join p in db.DatasetPrompts.AsNoTracking() on t.PromptId equals p.Id
                where t.SetId == setId && t.Text != null
                orderby t.Id
                select new { t.Id, t.Task, Text = t.Text!, Query = p.Text })
            .ToListAsync(cancellationToken);

        // The build stored these vectors, so this reads them rather than asking the model.
        var vectors = await embeddings.EmbedAsync(model, templates.Select(t => t.Query).ToList(), cancellationToken);
        return (new ThoughtTemplateIndex(templates.Select(t => (t.Id, t.Task, t.Text)).ToList(), vectors.Vectors), model);
    }
}
