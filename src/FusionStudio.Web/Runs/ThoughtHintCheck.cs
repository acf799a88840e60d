using FusionStudio.Data;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Thoughts;
using FusionStudio.Jobs.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.Web.Runs;

/// <summary>
/// A plan with thought hints needs a set that is built and whose embedding model can still be reached (every prompt
/// is embedded under it to find its hints); the run pins the newest generation-with-hints version. The embedding
/// models are resolved only when a plan asks for hints, so hosts that plan runs without embeddings need none.
/// </summary>
public sealed class ThoughtHintCheck(IServiceProvider services)
{
    /// <summary>The pinned generation-with-hints version; null when the plan asks for no hints or cannot have them.</summary>
    public async Task<int?> CheckAsync(FusionDbContext db, RunPlan plan, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(errors);
        if (plan.ThoughtTemplateSetId is not { } setId)
        {
            return null;
        }

        var set = await db.ThoughtTemplateSets.AsNoTracking().Where(s => s.Id == setId)
            .Select(s => new { s.Name, s.Status, s.EmbeddingModel }).SingleOrDefaultAsync(cancellationToken);
        if (set is null)
        {
            errors.TryAdd(nameof(RunPlan.ThoughtTemplateSetId), $"Thought template set {setId} does not exist.");
        }
        else if (set.Status != ThoughtTemplateSetStatus.Ready)
        {
            errors.TryAdd(nameof(RunPlan.ThoughtTemplateSetId), $"Thought template set \"{set.Name}\" is {set.Status.ToString().ToLowerInvariant()}, not ready: hints need a built set.");
        }
        else
        {
            try
            {
                await services.GetRequiredService<EmbeddingModels>().GeneratorAsync(set.EmbeddingModel, cancellationToken);
            }
            catch (ArgumentException exception)
            {
                errors.TryAdd(nameof(RunPlan.ThoughtTemplateSetId), $"The embedding model of set \"{set.Name}\" cannot be reached: {exception.Message.Split(" (Parameter", 2)[0]}");
            }
        }

        var templateId = plan.HintsTemplateId ?? await db.PromptTemplates.Where(t => t.Kind == PromptTemplateKind.GenerationWithHints)
            .OrderByDescending(t => t.IsBuiltIn).ThenBy(t => t.Id).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
        var version = await TemplateVersionLookup.LatestAsync(db, templateId, PromptTemplateKind.GenerationWithHints, nameof(RunPlan.HintsTemplateId), errors, cancellationToken);
        if (version is null)
        {
            errors.TryAdd(nameof(RunPlan.HintsTemplateId), "There is no generation-with-hints prompt.");
        }

        return version;
    }
}
