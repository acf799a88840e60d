using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>What a person chooses for a new run; the form edits it and <see cref="RunPlanner"/> turns it into a run.</summary>
public sealed class RunPlan
{
    /// <summary>Empty: "&lt;dataset&gt; × &lt;pool&gt; &lt;date&gt;".</summary>
    public string? Name { get; set; }

    public int? DatasetId { get; set; }

    public int? PoolId { get; set; }

    public List<AggregationMethod> Methods { get; set; } =
        [AggregationMethod.BestOfN, AggregationMethod.Mbr, AggregationMethod.Random, AggregationMethod.FusionOfN];

    public List<MethodPair> Pairs { get; set; } = [MethodPair.FusionVersusBestOfN];

    public int? JudgeTeacherId { get; set; }

    /// <summary>A template, not a version: the run pins the template's latest version when it is created.</summary>
    public int? PointwiseTemplateId { get; set; }

    public int? PairwiseTemplateId { get; set; }

    public int? FusorTeacherId { get; set; }

    public int? FusorTemplateId { get; set; }

    /// <summary>The stored router (one version) the routed methods route with.</summary>
    public int? RouterId { get; set; }

    /// <summary>How many of the router's best-ranked teachers answer each prompt for Routed FusioN.</summary>
    public int RoutedTopK { get; set; } = Run.DefaultRoutedTopK;

    /// <summary>Mixture-of-Agents: the proposer template of layers 2..L (its latest version is pinned) and L.</summary>
    public int? ProposerTemplateId { get; set; }

    public int MixtureLayers { get; set; } = MixtureOfAgentsLayers.Default;

    /// <summary>The thought template set whose top-3 similar templates go with every generation prompt; null: no hints.</summary>
    public int? ThoughtTemplateSetId { get; set; }

    /// <summary>The generation-with-hints template (its latest version is pinned); null: the built-in one.</summary>
    public int? HintsTemplateId { get; set; }

    public int Seed { get; set; } = NewSeed();

    public decimal? BudgetCap { get; set; }

    /// <summary>
    /// False: calls the same as an earlier run's are answered from the response cache. True: every call asks the
    /// model for a new sample, so the run can be set against an earlier one to see run-to-run variance.
    /// </summary>
    public bool DrawNewSamples { get; set; }

    /// <summary>Best-of-N chooses with the judge, the routed methods are scored by it, the comparisons are its verdicts.</summary>
    public bool NeedsJudge => Methods.ScoreAnswers() || Pairs.Count > 0;

    public bool NeedsRouter => Methods.Any(m => m.IsRouted());

    public bool NeedsFusor => Methods.Any(m => m.IsFusion());

    public bool MixesAgents => Methods.Contains(AggregationMethod.MixtureOfAgents);

    public static int NewSeed() => Random.Shared.Next(1, 1_000_000);

    public void SetMethod(AggregationMethod method, bool chosen)
    {
        Methods.Remove(method);
        if (chosen)
        {
            Methods.Add(method);
            Methods.Sort();
        }
    }
}
