using FusionStudio.Engine.Runs;

namespace FusionStudio.Engine.Scaling;

/// <summary>What adding FusioN@k points to a run will be asked to do.</summary>
public sealed record ScalingEstimateInput
{
    /// <summary>The prompts the points are computed on (the run's, or a sample of them).</summary>
    public required int PromptCount { get; init; }

    /// <summary>Random k-subsets fused per prompt and k.</summary>
    public int Subsets { get; init; } = 1;

    /// <summary>N: the candidates per prompt the run's own fused answer read.</summary>
    public required int CandidatesPerPrompt { get; init; }

    /// <summary>The k values to add; each below N.</summary>
    public required IReadOnlyCollection<int> Limits { get; init; }

    public required ScalingCallAverages Averages { get; init; }

    public RunEstimateModel? Fusor { get; init; }

    public RunEstimateModel? Judge { get; init; }

    /// <summary>What the run has cost so far.</summary>
    public decimal Spent { get; init; }

    public decimal? BudgetCap { get; init; }
}
