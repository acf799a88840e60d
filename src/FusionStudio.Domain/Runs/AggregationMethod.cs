namespace FusionStudio.Domain.Runs;

/// <summary>A way to turn a prompt's candidates into one answer: by selecting one, or by fusing them.</summary>
public enum AggregationMethod
{
    /// <summary>The judge scores each candidate; the highest wins (ties: shortest, then first).</summary>
    BestOfN = 0,

    /// <summary>The candidate with the highest mean similarity to the others; needs no judge.</summary>
    Mbr = 1,

    /// <summary>A seeded random candidate: the baseline every method should beat.</summary>
    Random = 2,

    /// <summary>The fusor reads the prompt and all candidates and writes one answer.</summary>
    FusionOfN = 3,

    /// <summary>The run's router picks one teacher per prompt; only that teacher answers, and its answer is taken.</summary>
    Routed = 4,

    /// <summary>Only the router's top-k teachers answer; the fusor fuses their answers: FusioN at a fraction of the calls.</summary>
    RoutedFusion = 5,
}
