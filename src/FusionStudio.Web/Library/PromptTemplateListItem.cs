using FusionStudio.Domain.Prompts;

namespace FusionStudio.Web.Library;

/// <summary>A template as the list shows it, with its latest version's texts.</summary>
public sealed record PromptTemplateListItem(
    int Id,
    string Name,
    PromptTemplateKind Kind,
    string? Description,
    bool IsBuiltIn,
    int VersionCount,
    PromptVersionText? Latest);
