namespace FusionStudio.Domain.Runs;

/// <summary>
/// Dataset × teacher pool × methods × judge: the unit of work. It pins the prompt versions and teachers it uses,
/// so editing the library never changes a run after the fact.
/// </summary>
public sealed class Run
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public RunStatus Status { get; set; }

    public RunSource Source { get; set; }

    public int DatasetId { get; set; }

    /// <summary>The pool the run was made from; its members are pinned in <see cref="Teachers"/>.</summary>
    public int? PoolId { get; set; }

    public List<RunTeacher> Teachers { get; set; } = [];

    public List<AggregationMethod> Methods { get; set; } = [];

    public List<MethodPair> ComparisonPairs { get; set; } = [];

    public int? JudgeTeacherId { get; set; }

    public int? FusorTeacherId { get; set; }

    public int? FusorTemplateVersionId { get; set; }

    public int? PointwiseJudgeTemplateVersionId { get; set; }

    public int? PairwiseJudgeTemplateVersionId { get; set; }

    /// <summary>The stored router (one version) that the routed methods route with.</summary>
    public int? RouterId { get; set; }

    /// <summary>How many of the router's best-ranked teachers answer each prompt for Routed FusioN.</summary>
    public int RoutedTopK { get; set; } = DefaultRoutedTopK;

    public const int DefaultRoutedTopK = 2;

    /// <summary>The Mixture-of-Agents proposer prompt of layers 2..L, when the run uses that method.</summary>
    public int? ProposerTemplateVersionId { get; set; }

    /// <summary>Mixture-of-Agents' layer count L: layer 1 is the candidates, layers 2..L ask the teachers again.</summary>
    public int MixtureLayers { get; set; } = MixtureOfAgentsLayers.Default;

    /// <summary>The thought template set whose templates are retrieved as hints for every generation prompt; null: no hints.</summary>
    public int? ThoughtTemplateSetId { get; set; }

    /// <summary>The pinned generation-with-hints prompt version, set together with <see cref="ThoughtTemplateSetId"/>.</summary>
    public int? HintsTemplateVersionId { get; set; }

    /// <summary>Seeds the random selector and the fusor's candidate order, so a run repeats exactly.</summary>
    public int Seed { get; set; }

    public decimal? BudgetCap { get; set; }

    /// <summary>The k values (k &lt; N) confirmed for the FusioN@k points of the test-time-scaling curve.</summary>
    public List<int> ScalingCandidateLimits { get; set; } = [];

    /// <summary>
    /// How many seeded random k-subsets of each prompt's candidates every FusioN@k point fuses, so the point does not
    /// depend on which teacher happens to come first.
    /// </summary>
    public int ScalingSubsets { get; set; } = 1;

    /// <summary>How many of the run's prompts (a seeded sample) FusioN@k points are computed on; null: all of them.</summary>
    public int? ScalingPromptLimit { get; set; }

    /// <summary>
    /// Added to the sample index of every call the run makes. Zero reuses the answers earlier runs cached; a run
    /// that draws new samples gets an offset no earlier run used, so its calls miss the cache and reach the model.
    /// </summary>
    public int SampleOffset { get; set; }

    /// <summary>The forecast made when the run was started, kept to set against what it cost.</summary>
    public RunLaunchEstimate? LaunchEstimate { get; set; }

    public RunCounters Counters { get; set; } = new();

    public string? CreatedBy { get; set; }

    /// <summary>A short note the team keeps on the run (what it tried, what it showed), shown on the runs list.</summary>
    public string? Note { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Why the run stopped early (cancelled, budget reached), if it did.</summary>
    public string? StopReason { get; set; }
}
