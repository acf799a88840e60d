using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Api.Runs;

/// <summary>
/// A new run. Left out, the judge and fusor teachers and the prompt templates take the same defaults as the new-run
/// form (the built-in templates; teachers named like a judge or a fusor), and the dataset and pool default to the
/// only one there is. Templates are given by template id: the run pins each template's latest version.
/// </summary>
public sealed class CreateRunRequest
{
    /// <summary>Empty: "dataset × pool date".</summary>
    public string? Name { get; set; }

    public int? DatasetId { get; set; }

    public int? PoolId { get; set; }

    /// <summary>Default: BestOfN, Mbr, Random, FusionOfN.</summary>
    public List<AggregationMethod>? Methods { get; set; }

    /// <summary>Default: FusionOfN vs BestOfN. An empty list compares nothing.</summary>
    public List<MethodPairDto>? Pairs { get; set; }

    public int? JudgeTeacherId { get; set; }

    public int? PointwiseTemplateId { get; set; }

    public int? PairwiseTemplateId { get; set; }

    public int? FusorTeacherId { get; set; }

    public int? FusorTemplateId { get; set; }

    /// <summary>The stored router (a version's id) for the Routed and RoutedFusion methods.</summary>
    public int? RouterId { get; set; }

    /// <summary>How many of the router's best-ranked teachers RoutedFusion fuses. Default: 2.</summary>
    public int? RoutedTopK { get; set; }

    /// <summary>MixtureOfAgents: the proposer template of layers 2..L. Default: the built-in one.</summary>
    public int? ProposerTemplateId { get; set; }

    /// <summary>MixtureOfAgents: the number of layers L, from 2 to 4; layer 1 is the candidates. Default: 2.</summary>
    public int? MixtureLayers { get; set; }

    /// <summary>A ready thought template set: each generation prompt gets the top-3 similar templates of its task as hints.</summary>
    public int? ThoughtTemplateSetId { get; set; }

    /// <summary>With a thought template set: the generation-with-hints template. Default: the built-in one.</summary>
    public int? HintsTemplateId { get; set; }

    /// <summary>Seeds the random selector and the fusor's candidate order. Default: a random seed.</summary>
    public int? Seed { get; set; }

    /// <summary>The run stops once its cost reaches this, in the providers' price unit. Empty: no cap.</summary>
    public decimal? BudgetCap { get; set; }

    /// <summary>Start the run right away.</summary>
    public bool Start { get; set; }
}
