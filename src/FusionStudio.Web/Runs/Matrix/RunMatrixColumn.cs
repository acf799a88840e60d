using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs.Matrix;

/// <summary>
/// One column of a run's matrix: a teacher's candidate (its sample index among that teacher's answers) or a method's
/// answer. Candidates come in the pool's order, numbered as on the prompt page.
/// </summary>
public sealed record RunMatrixColumn(string Key, string Label, AggregationMethod? Method, int? TeacherId, int SampleIndex)
{
    public bool IsCandidate => Method is null;
}
