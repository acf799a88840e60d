namespace FusionStudio.Domain.Recipes;

/// <summary>How a recipe answers a served request.</summary>
public enum RecipeKind
{
    /// <summary>Every teacher of the pool answers; the fusor writes one answer from their candidates.</summary>
    FusionOfN = 0,

    /// <summary>A router picks the teacher for the prompt; the fallback teacher answers when it cannot.</summary>
    Routed = 1,

    /// <summary>The router's top k teachers answer; the fusor writes one answer from their candidates.</summary>
    RoutedFusion = 2,

    /// <summary>Layers of proposers, each seeing the last layer's answers as references, then the fusor.</summary>
    MixtureOfAgents = 3,

    /// <summary>One teacher answers alone: the baseline every other recipe should beat.</summary>
    Single = 4,
}
