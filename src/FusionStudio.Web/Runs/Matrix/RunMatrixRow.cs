namespace FusionStudio.Web.Runs.Matrix;

/// <summary>
/// One prompt of the matrix: its cells in the columns' order, and the word diff from the Best-of-N answer to the fused
/// one (null when the run lacks either answer for this prompt).
/// </summary>
public sealed record RunMatrixRow(long PromptId, int Ordinal, string Text, IReadOnlyList<RunMatrixCell> Cells, IReadOnlyList<WordDiffPiece>? Diff)
{
    /// <summary>The prompt's number as the run page and the comparison show it.</summary>
    public int Number => Ordinal + 1;
}
