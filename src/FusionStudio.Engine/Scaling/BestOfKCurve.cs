using FusionStudio.Engine.Analysis;
using FusionStudio.Engine.Methods;

namespace FusionStudio.Engine.Scaling;

/// <summary>
/// BoN@k for every k from 1 to N, read from the stored scores without a model call: for each prompt, the score
/// Best-of-k keeps averaged over all k-subsets of its candidates (<see cref="ExpectedBestOfK"/>), so the curve does
/// not depend on the order of the teacher pool. A prompt with no scored candidate counts for no point. A prompt's
/// values (<see cref="PerPrompt"/>) are stored when its candidates are scored, so the report reads one small row per
/// prompt (<see cref="FromPrompts"/>) instead of every candidate.
/// </summary>
public static class BestOfKCurve
{
    public static IReadOnlyList<ScalingPoint> Compute(
        IEnumerable<IReadOnlyList<CandidateView>> prompts, int candidatesPerPrompt, int seed, BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        return FromPrompts(prompts.Select(candidates => PerPrompt(candidates.Select(c => c.Score), candidatesPerPrompt)), candidatesPerPrompt, seed, options);
    }

    /// <summary>One prompt's expected Best-of-k for k = 1..N (index k − 1); null when none of its candidates is scored.</summary>
    public static double[]? PerPrompt(IEnumerable<double?> scores, int candidatesPerPrompt)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var all = scores.ToList();
        if (candidatesPerPrompt < 1 || ExpectedBestOfK.Of(all, 1) is null)
        {
            return null;
        }

        return Enumerable.Range(1, candidatesPerPrompt).Select(k => ExpectedBestOfK.Of(all, k)!.Value).ToArray();
    }

    /// <summary>The curve over each prompt's <see cref="PerPrompt"/> values (null for a prompt with none scored).</summary>
    public static IReadOnlyList<ScalingPoint> FromPrompts(IEnumerable<double[]?> prompts, int candidatesPerPrompt, int seed, BootstrapOptions options)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        var all = prompts.ToList();
        return Enumerable.Range(1, Math.Max(0, candidatesPerPrompt))
            .Select(k => ScalingPoint.Of(k, all.Select(values => At(values, k)), PointSeed(seed, 0, k), options))
            .ToList();
    }

    /// <summary>The bootstrap seed of one point: run seed, curve (0 BoN, 1 FusioN) and k.</summary>
    public static ulong PointSeed(int seed, int curve, int k) => StableRandom.SeedFrom(seed, curve, k);

    // Values stored for a smaller N than asked hold their best-of-all from their last k on.
    private static double? At(double[]? values, int k) => values is null || values.Length == 0 ? null : values[Math.Min(k, values.Length) - 1];
}
