using FusionStudio.Domain.Recipes;

namespace FusionStudio.Web.Recipes;

/// <summary>
/// A recipe as a form or the API gives it. The teachers come from <see cref="PoolId"/> (its members, each as often as
/// its sample count) unless <see cref="TeacherIds"/> names them; the fusor prompt is pinned at its latest version.
/// </summary>
public sealed class RecipeInput
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public RecipeKind Kind { get; set; } = RecipeKind.FusionOfN;

    public int? PoolId { get; set; }

    public List<int> TeacherIds { get; set; } = [];

    public int? FusorTeacherId { get; set; }

    public int? FusorTemplateId { get; set; }

    /// <summary>The trained router of a Routed or Routed FusioN recipe.</summary>
    public int? RouterId { get; set; }

    /// <summary>Who answers a routed recipe's request when the router cannot pick or its teacher fails.</summary>
    public int? FallbackTeacherId { get; set; }

    /// <summary>How many of the router's best teachers a Routed FusioN recipe asks.</summary>
    public int TopK { get; set; } = Domain.Runs.Run.DefaultRoutedTopK;

    /// <summary>Layers of a Mixture-of-Agents recipe (the teachers' first answers are layer 1).</summary>
    public int Layers { get; set; } = Domain.Runs.MixtureOfAgentsLayers.Default;

    /// <summary>The MoA proposer prompt, pinned at its latest version; the built-in one when none is chosen.</summary>
    public int? ProposerTemplateId { get; set; }

    public int MinCandidates { get; set; } = 2;

    public int CallTimeoutSeconds { get; set; } = 60;

    public int RequestTimeoutSeconds { get; set; } = 120;

    public int MaxConcurrentRequests { get; set; } = 16;

    public decimal? DailyBudget { get; set; }

    public bool StoreTraffic { get; set; } = true;
}
