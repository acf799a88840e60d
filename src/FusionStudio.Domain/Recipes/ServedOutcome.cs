namespace FusionStudio.Domain.Recipes;

/// <summary>How a served request ended.</summary>
public enum ServedOutcome
{
    /// <summary>Answered as the recipe is meant to answer (fused, routed or single).</summary>
    Answered = 0,

    /// <summary>Answered by a fallback: too few candidates, the fusor failed, or no teacher answered.</summary>
    Fallback = 1,

    /// <summary>No answer could be given.</summary>
    Failed = 2,
}
