using FusionStudio.Engine.Imports;

namespace FusionStudio.Web.Library;

/// <summary>
/// A new dataset from a file: its name, the file's name (which hints at the format), and the format and mapping a
/// person confirmed on the preview. Anything left null is detected as in the preview.
/// </summary>
public sealed record DatasetImportRequest(string Name, string FileName)
{
    public string? Description { get; init; }

    public ImportFormat? Format { get; init; }

    public ImportMapping? Mapping { get; init; }

    public string DefaultLanguage { get; init; } = "en";

    public string DefaultTask { get; init; } = "general";

    /// <summary>Give prompts flagged for their language the language their script suggests, instead of keeping the flag.</summary>
    public bool FixLanguageFromScript { get; init; }

    public ImportSettings ToSettings() => new()
    {
        Format = Format,
        Mapping = Mapping,
        DefaultLanguage = DefaultLanguage.Trim(),
        DefaultTask = DefaultTask.Trim(),
    };
}
