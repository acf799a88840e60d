namespace FusionStudio.Engine.Exports;

/// <summary>Which answer of a prompt becomes the assistant turn of a fine-tuning row.</summary>
public enum SftAnswerRule
{
    /// <summary>The Fusion-of-N answer.</summary>
    Fusion = 0,

    /// <summary>The Best-of-N answer.</summary>
    BestOfN = 1,

    /// <summary>The answer people preferred in blind A/B review; prompts without a preference are left out.</summary>
    HumanPreferred = 2,

    /// <summary>The Routed FusioN answer (fused from the router's top k teachers).</summary>
    RoutedFusion = 3,

    /// <summary>The Routed answer (the router's teacher's own).</summary>
    Routed = 4,

    /// <summary>The Mixture-of-Agents answer.</summary>
    MixtureOfAgents = 5,
}
