namespace FusionStudio.Engine.Exports;

/// <summary>
/// Keeps an exported answer by the pairwise judge's final verdicts on its method for the same prompt (e.g. SFT rows
/// of fused answers only where the judge preferred no other method).
/// </summary>
public enum ExportJudgeFilter
{
    Any = 0,

    /// <summary>The judge preferred no other method over the answer's method (wins, ties, and prompts not compared).</summary>
    NotBeaten = 1,

    /// <summary>The judge preferred the answer's method in at least one comparison and another method in none.</summary>
    Won = 2,
}
