using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Runs;

/// <summary>What a run will be asked to do, as far as its calls and cost go.</summary>
public sealed record RunEstimateInput
{
    public required int PromptCount { get; init; }

    /// <summary>The dataset's mean prompt length in characters.</summary>
    public required int AveragePromptCharacters { get; init; }

    public required IReadOnlyList<RunEstimateTeacher> Teachers { get; init; }

    public required IReadOnlyCollection<AggregationMethod> Methods { get; init; }

    public IReadOnlyCollection<MethodPair> Pairs { get; init; } = [];

    public RunEstimateModel? Judge { get; init; }

    public RunEstimateModel? Fusor { get; init; }

    /// <summary>Length of the fusor prompt's own text (system and user), in characters.</summary>
    public int FusorTemplateCharacters { get; init; }

    public int PointwiseTemplateCharacters { get; init; }

    public int PairwiseTemplateCharacters { get; init; }
}
