using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs.Matrix;

/// <summary>
/// One answer in the matrix: its first lines, its judge score, the pairwise verdict on it (methods only) and which
/// selectors picked it (candidates only).
/// </summary>
public sealed record RunMatrixCell(
    string? Preview,
    bool Cut,
    double? Score,
    RunPromptVerdict Verdict,
    string? Error,
    IReadOnlyList<AggregationMethod> PickedBy)
{
    public static readonly RunMatrixCell Missing = new(null, false, null, RunPromptVerdict.None, null, []);
}
