using FusionStudio.Domain.Runs;

namespace FusionStudio.Testing;

/// <summary>The size and makeup of a test run.</summary>
public sealed record TestRunShape
{
    public int Prompts { get; init; } = 10;

    public IReadOnlyList<string> TeacherModels { get; init; } = ["sim-concise", "sim-stepwise", "sim-detailed", "sim-cautious"];

    public int SamplesPerTeacher { get; init; } = 1;

    public string JudgeModel { get; init; } = "judge";

    public string FusorModel { get; init; } = "fusor";

    public IReadOnlyList<AggregationMethod> Methods { get; init; } =
        [AggregationMethod.BestOfN, AggregationMethod.Mbr, AggregationMethod.Random, AggregationMethod.FusionOfN];

    public int? FusorTemplateVersionId { get; init; }

    /// <summary>Mixture-of-Agents' layer count, when <see cref="Methods"/> has it.</summary>
    public int MixtureLayers { get; init; } = MixtureOfAgentsLayers.Default;

    /// <summary>The pairs the judge compares; null: Fusion-of-N vs Best-of-N when the run has both, else none.</summary>
    public IReadOnlyList<MethodPair>? Pairs { get; init; }

    public decimal? BudgetCap { get; init; }

    public int Concurrency { get; init; } = 32;
}
