namespace FusionStudio.Engine.Imports;

/// <summary>What the person chose for one import; anything left null is detected from the file.</summary>
public sealed record ImportSettings
{
    public ImportFormat? Format { get; init; }

    public ImportMapping? Mapping { get; init; }

    /// <summary>The language of rows that do not give one.</summary>
    public string DefaultLanguage { get; init; } = "en";

    /// <summary>The task of rows that do not give one.</summary>
    public string DefaultTask { get; init; } = "general";
}
