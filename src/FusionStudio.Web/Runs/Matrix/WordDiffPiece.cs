namespace FusionStudio.Web.Runs.Matrix;

/// <summary>A run of words that both texts share, or that only the new text has (added) or only the old (removed).</summary>
public sealed record WordDiffPiece(string Text, WordDiffKind Kind);
