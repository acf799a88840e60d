namespace FusionStudio.Data.Runs;

/// <summary>Which answer's judge score the prompt table shows.</summary>
public enum RunPromptScoreSource
{
    /// <summary>The run has no answer with a judge score to show.</summary>
    None = 0,

    /// <summary>The fused answer's own pointwise score (runs with Fusion-of-N, else Routed FusioN).</summary>
    FusedAnswer = 1,

    /// <summary>The score of the candidate Best-of-N selected (runs without Fusion-of-N).</summary>
    BestOfNChoice = 2,

    /// <summary>The score of the routed teacher's answer (runs with Routed and neither fusion nor Best-of-N).</summary>
    RoutedAnswer = 3,
}
