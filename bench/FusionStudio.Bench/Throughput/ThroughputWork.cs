namespace FusionStudio.Bench.Throughput;

/// <summary>What one measurement does with the prompts × teachers.</summary>
internal enum ThroughputWork
{
    /// <summary>Every teacher answers every prompt, nothing more (FusionStudio: with Random selection, below).</summary>
    Generation,

    /// <summary>Generation, the judge's scores, Best-of-N, Fusion-of-N with its answer scored, and FusioN vs BoN compared in both orders.</summary>
    FullPipeline,
}
