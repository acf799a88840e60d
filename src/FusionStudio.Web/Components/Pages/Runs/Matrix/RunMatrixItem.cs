using FusionStudio.Web.Runs.Matrix;

namespace FusionStudio.Web.Components.Pages.Runs.Matrix;

/// <summary>A row of the matrix with its place in the filtered list, for keyboard moves and ARIA row numbers.</summary>
public sealed record RunMatrixItem(int Index, RunMatrixRow Row);
