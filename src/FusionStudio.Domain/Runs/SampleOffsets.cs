namespace FusionStudio.Domain.Runs;

/// <summary>
/// A run that draws new samples shifts every call's sample index by an offset no earlier run used, so the response
/// cache (keyed by sample index) has nothing for it and each call reaches the model with a new seed.
/// </summary>
public static class SampleOffsets
{
    /// <summary>Far above any sample index or judge retry a run uses, so two draws never overlap.</summary>
    public const int Stride = 100_000;

    /// <summary>The offset of a new draw, given the largest offset any run has.</summary>
    public static int Next(int largestUsed) => (Math.Max(0, largestUsed) / Stride * Stride) + Stride;
}
