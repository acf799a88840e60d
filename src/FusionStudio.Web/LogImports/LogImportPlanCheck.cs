using FusionStudio.Data;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.LogImports;

/// <summary>
/// Checks the methods, judge and fusor chosen for an imported run, as the new-run form does, less the dataset and
/// pool (the log gives both), and finds the latest version of each chosen template for the run to pin.
/// </summary>
internal static class LogImportPlanCheck
{
    public static async Task<(Dictionary<string, string> Errors, PinnedTemplates Templates)> CheckAsync(
        FusionDbContext db, RunPlan plan, CancellationToken cancellationToken)
    {
        var errors = RunPlanValidator.Validate(plan);
        errors.Remove(nameof(RunPlan.DatasetId));
        errors.Remove(nameof(RunPlan.PoolId));

        var judgeId = plan.NeedsJudge ? plan.JudgeTeacherId : null;
        var fusorId = plan.NeedsFusor ? plan.FusorTeacherId : null;
        var ids = new[] { judgeId, fusorId }.OfType<int>().ToList();
        var kinds = await db.Teachers.AsNoTracking().Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.Provider!.Kind })
            .ToDictionaryAsync(t => t.Id, t => t.Kind, cancellationToken);
        CheckTeacher(judgeId, nameof(RunPlan.JudgeTeacherId), kinds, errors);
        CheckTeacher(fusorId, nameof(RunPlan.FusorTeacherId), kinds, errors);

        var usesBestOfN = plan.Methods.Any(m => m.NeedsJudgeScores());
        var templates = new PinnedTemplates(
            await TemplateVersionLookup.LatestAsync(db, usesBestOfN ? plan.PointwiseTemplateId : null, PromptTemplateKind.PointwiseJudge, nameof(RunPlan.PointwiseTemplateId), errors, cancellationToken),
            await TemplateVersionLookup.LatestAsync(db, plan.Pairs.Count > 0 ? plan.PairwiseTemplateId : null, PromptTemplateKind.PairwiseJudge, nameof(RunPlan.PairwiseTemplateId), errors, cancellationToken),
            await TemplateVersionLookup.LatestAsync(db, plan.NeedsFusor ? plan.FusorTemplateId : null, PromptTemplateKind.Fusor, nameof(RunPlan.FusorTemplateId), errors, cancellationToken),
            judgeId,
            fusorId);
        return (errors, templates);
    }

    private static void CheckTeacher(int? id, string field, Dictionary<int, ProviderKind> kinds, Dictionary<string, string> errors)
    {
        if (id is not { } teacherId)
        {
            return;
        }

        if (!kinds.TryGetValue(teacherId, out var kind))
        {
            errors.TryAdd(field, "This teacher no longer exists.");
        }
        else if (kind == ProviderKind.ImportedLog)
        {
            errors.TryAdd(field, "This teacher stands for imported logs and cannot be called; choose a teacher of a real provider.");
        }
    }

    /// <summary>The judge and fusor teachers and template versions the run pins (null where no method needs one).</summary>
    internal sealed record PinnedTemplates(int? Pointwise, int? Pairwise, int? Fusor, int? JudgeTeacherId, int? FusorTeacherId);
}
