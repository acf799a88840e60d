using FusionStudio.Engine.Methods;

namespace FusionStudio.Engine.Scaling;

/// <summary>
/// The prompts FusioN@k points are computed on when a run asks for a subsample to keep them cheap: a seeded random
/// sample of the given size (the same prompts every time, so points computed in several goes line up).
/// </summary>
public static class ScalingPromptSample
{
    /// <summary>The chosen prompt ids; all of them when <paramref name="limit"/> is null or not smaller.</summary>
    public static IReadOnlySet<long> Choose(IEnumerable<long> promptIds, int? limit, int seed)
    {
        ArgumentNullException.ThrowIfNull(promptIds);
        var ids = promptIds.Distinct().ToList();
        if (limit is not { } size || size >= ids.Count)
        {
            return ids.ToHashSet();
        }

        return ids.OrderBy(id => StableRandom.SeedFrom(seed, id)).ThenBy(id => id).Take(Math.Max(0, size)).ToHashSet();
    }
}
