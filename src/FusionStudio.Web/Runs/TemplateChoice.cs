using FusionStudio.Domain.Prompts;

namespace FusionStudio.Web.Runs;

/// <summary>A fusor or judge template and its latest version, which a new run pins.</summary>
/// <param name="Characters">Length of the latest version's system and user text.</param>
public sealed record TemplateChoice(int Id, string Name, PromptTemplateKind Kind, bool IsBuiltIn, int LatestVersionId, int LatestVersionNumber, int Characters)
{
    /// <summary>The latest version's system and user text in tokens (real tokenizer); null when not counted.</summary>
    public int? Tokens { get; init; }

    public string Label => $"{Name} · v{LatestVersionNumber}";
}
