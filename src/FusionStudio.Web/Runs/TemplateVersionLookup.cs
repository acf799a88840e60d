using FusionStudio.Data;
using FusionStudio.Domain.Prompts;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>The version a new run pins for a chosen prompt template: its newest, checked to be of the right kind.</summary>
internal static class TemplateVersionLookup
{
    /// <summary>The newest version's id; null with an error under <paramref name="field"/> when it cannot be used.</summary>
    public static async Task<int?> LatestAsync(
        FusionDbContext db, int? templateId, PromptTemplateKind kind, string field, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        if (templateId is null)
        {
            return null;
        }

        var template = await db.PromptTemplates.AsNoTracking().Where(t => t.Id == templateId)
            .Select(t => new { t.Kind, Latest = t.Versions.OrderByDescending(v => v.Number).Select(v => (int?)v.Id).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (template?.Latest is null)
        {
            errors.TryAdd(field, "This prompt no longer exists.");
        }
        else if (template.Kind != kind)
        {
            errors.TryAdd(field, "This prompt is of another kind.");
        }

        return template?.Latest;
    }
}
