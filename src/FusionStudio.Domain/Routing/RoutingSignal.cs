namespace FusionStudio.Domain.Routing;

/// <summary>Which score of a logged answer counts as its performance, in [0, 1].</summary>
public enum RoutingSignal
{
    /// <summary>The score that came with an imported log record (a task metric).</summary>
    ImportedScore = 0,

    /// <summary>The run's pointwise judge score, scaled from its 1–10 scale to [0, 1].</summary>
    JudgeScore = 1,

    /// <summary>The mean of both where both exist, else whichever exists.</summary>
    Both = 2,
}
