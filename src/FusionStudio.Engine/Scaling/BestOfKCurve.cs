using FusionStudio.Engine.Analysis;
using FusionStudio.Engine.Methods;

namespace FusionStudio.Engine.Scaling;

/// <summary>
/// BoN@k for every k from 1 to N, read from the stored scores without a model call: for each prompt, the score
/// Best-of-k keeps averaged over all k-subsets of its candidates (<see cref="ExpectedBestOfK"/>), so the curve does
/// not depend on the order of the teacher pool. A prompt with no scored candidate counts for no point.
/// </summary>
public static class BestOfKCurve
{
    public static IReadOnlyList<ScalingPoint> Compute(
        IEnumerable<IReadOnlyList<CandidateView>> prompts, int candidatesPerPrompt, int seed, BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        var all = prompts.Select(candidates => candidates.Select(c => c.Score).ToList()).ToList();
        return Enumerable.Range(1, Math.Max(0, candidatesPerPrompt))
            .Select(k => ScalingPoint.Of(k, all.Select(scores => ExpectedBestOfK.Of(scores, k)), PointSeed(seed, 0, k), options))
            .ToList();
    }

    /// <summary>The bootstrap seed of one point: run seed, curve (0 BoN, 1 FusioN) and k.</summary>
    public static ulong PointSeed(int seed, int curve, int k) => StableRandom.SeedFrom(seed, curve, k);
}
