namespace FusionStudio.Domain.Calls;

/// <summary>
/// What a model call served. It never changes the answer; it decides which row of the call log a cost belongs to
/// (generation, evaluation, scaling…), so every figure that splits spending by purpose reads it from here.
/// </summary>
public enum ModelCallPurpose
{
    /// <summary>A teacher's candidate answer to a prompt.</summary>
    Generate = 0,

    /// <summary>The pointwise judge scoring a candidate.</summary>
    JudgeCandidate = 1,

    /// <summary>The pairwise judge comparing two methods' answers (each order is its own call).</summary>
    Compare = 2,

    /// <summary>The fusor writing the run's fused answer from all N candidates.</summary>
    Fuse = 3,

    /// <summary>The pointwise judge scoring the run's fused answer.</summary>
    JudgeFusedAnswer = 4,

    /// <summary>The fusor writing a FusioN@k point (k &lt; N) of the test-time-scaling curve.</summary>
    ScalingFuse = 5,

    /// <summary>The pointwise judge scoring a FusioN@k point.</summary>
    ScalingJudge = 6,

    /// <summary>A call made elsewhere and imported with a model log: its usage counts, but FusionStudio never sent it.</summary>
    Imported = 7,

    /// <summary>A request outside any run, e.g. a provider's connection test.</summary>
    Other = 8,

    /// <summary>The fusor writing Routed FusioN's answer from the router's top-k teachers' answers.</summary>
    RoutedFuse = 9,

    /// <summary>A teacher answering again in a later Mixture-of-Agents layer, with the previous layer's answers as references.</summary>
    Propose = 10,

    /// <summary>The fusor writing the run's Mixture-of-Agents answer from the last layer's answers.</summary>
    MixtureFuse = 11,
    /// <summary>A summarizer writing a thought template from a past query's best answers.</summary>
    SummarizeThought = 30,
}
