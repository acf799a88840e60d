using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>What a new run is made of, however it was asked for: the new-run form, the API, a log import or the demo.</summary>
public sealed record RunBlueprint
{
    public required string Name { get; init; }

    public RunSource Source { get; init; } = RunSource.Generated;

    public required int DatasetId { get; init; }

    public int? PoolId { get; init; }

    /// <summary>The teachers in pool order, each with how many samples it gives.</summary>
    public required IReadOnlyList<(int TeacherId, int SampleCount)> Teachers { get; init; }

    public required IEnumerable<AggregationMethod> Methods { get; init; }

    public IReadOnlyList<MethodPair> Pairs { get; init; } = [];

    public int? JudgeTeacherId { get; init; }

    public int? FusorTeacherId { get; init; }

    public int? PointwiseTemplateVersionId { get; init; }

    public int? PairwiseTemplateVersionId { get; init; }

    public int? FusorTemplateVersionId { get; init; }

    public int? RouterId { get; init; }

    public int RoutedTopK { get; init; } = Run.DefaultRoutedTopK;

    public int? ProposerTemplateVersionId { get; init; }

    public int MixtureLayers { get; init; } = MixtureOfAgentsLayers.Default;

    public int? ThoughtTemplateSetId { get; init; }

    public int? HintsTemplateVersionId { get; init; }

    public int Seed { get; init; }

    /// <summary>Zero reuses cached answers; see <see cref="SampleOffsets"/> for a new draw.</summary>
    public int SampleOffset { get; init; }

    public decimal? BudgetCap { get; init; }

    public int PromptCount { get; init; }

    public IReadOnlyList<int> ScalingCandidateLimits { get; init; } = [];

    public string? CreatedBy { get; init; }
}
