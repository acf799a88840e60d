using FusionStudio.Engine.Methods;

namespace FusionStudio.Engine.Scaling;

/// <summary>
/// BoN@k for every k from 1 to N, read from the stored scores without a model call: for each prompt, Best-of-N over
/// its first k candidates in canonical order (the same candidates FusioN@k reads, see <see cref="FusionOfFirstK"/>),
/// with Best-of-N's own tie-breaks. A prompt whose first k candidates have no score counts for no point.
/// </summary>
public static class BestOfFirstKCurve
{
    public static IReadOnlyList<ScalingPoint> Compute(IEnumerable<IReadOnlyList<CandidateView>> prompts, int candidatesPerPrompt)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        var all = prompts.ToList();
        return Enumerable.Range(1, Math.Max(0, candidatesPerPrompt))
            .Select(k => ScalingPoint.Of(k, all.Select(candidates => ChosenScore(candidates, k))))
            .ToList();
    }

    /// <summary>The judge score of the candidate Best-of-N keeps among the first <paramref name="k"/>; null when none is scored.</summary>
    public static double? ChosenScore(IReadOnlyList<CandidateView> candidates, int k)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            return null;
        }

        var firstK = FusionOfFirstK.Take(candidates, k);
        // Best-of-N is deterministic: the seed and prompt id only matter to the random selector.
        var selection = new BestOfNSelector().Select(new SelectionInput(0, 0, firstK));
        return selection.CandidateId is { } id ? firstK.Single(c => c.CandidateId == id).Score : null;
    }
}
