namespace FusionStudio.Web.Runs.Matrix;

/// <summary>A window of the matrix's rows and how many rows the filter leaves in all.</summary>
public sealed record RunMatrixPage(IReadOnlyList<RunMatrixRow> Rows, int Total);
