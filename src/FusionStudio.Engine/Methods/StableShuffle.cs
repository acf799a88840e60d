namespace FusionStudio.Engine.Methods;

/// <summary>A seeded Fisher–Yates shuffle on <see cref="StableRandom"/>: the same seed gives the same order everywhere.</summary>
public static class StableShuffle
{
    /// <summary>A shuffled copy; the input is left as it was.</summary>
    public static IReadOnlyList<T> Shuffle<T>(IReadOnlyList<T> items, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(items);
        var result = items.ToArray();
        var random = new StableRandom(seed);
        for (var i = result.Length - 1; i > 0; i--)
        {
            var j = random.NextInt(i + 1);
            (result[i], result[j]) = (result[j], result[i]);
        }

        return result;
    }
}
