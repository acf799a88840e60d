using FusionStudio.Domain.Prompts;

namespace FusionStudio.Web.Library;

/// <summary>A template with every version, newest first.</summary>
public sealed record PromptTemplateDetail(
    int Id,
    string Name,
    PromptTemplateKind Kind,
    string? Description,
    bool IsBuiltIn,
    IReadOnlyList<PromptVersionText> Versions)
{
    public PromptVersionText? Latest => Versions.Count > 0 ? Versions[0] : null;

    public PromptVersionText? Version(int number) => Versions.FirstOrDefault(v => v.Number == number);
}
