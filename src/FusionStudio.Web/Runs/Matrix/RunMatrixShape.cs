using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs.Matrix;

/// <summary>What a run's matrix has for columns, and which pair's verdicts colour the method cells.</summary>
public sealed record RunMatrixShape(int RunId, string Name, IReadOnlyList<RunMatrixColumn> Columns, MethodPair? Pair, int PromptCount)
{
    /// <summary>Whether there is a fused and a Best-of-N answer to diff.</summary>
    public bool CanDiff => Columns.Any(c => c.Method == AggregationMethod.FusionOfN) && Columns.Any(c => c.Method == AggregationMethod.BestOfN);
}
