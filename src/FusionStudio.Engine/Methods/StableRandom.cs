namespace FusionStudio.Engine.Methods;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014; Vigna's reference constants). Written out here because
/// <see cref="Random"/>'s algorithm is not promised to stay the same across .NET versions, and a run must pick the
/// same random candidate and show candidates in the same order on every machine, today and after an upgrade.
/// </summary>
public sealed class StableRandom
{
    private const ulong Gamma = 0x9E3779B97F4A7C15;

    private ulong _state;

    public StableRandom(ulong seed) => _state = seed;

    /// <summary>A seed from several numbers (run seed, prompt id, k…); order and count of the parts matter.</summary>
    public static ulong SeedFrom(params ReadOnlySpan<long> parts)
    {
        var seed = Mix((ulong)parts.Length);
        foreach (var part in parts)
        {
            seed = Mix(seed + Gamma + unchecked((ulong)part));
        }

        return seed;
    }

    public ulong NextUInt64()
    {
        _state += Gamma;
        return Mix(_state);
    }

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>), without modulo bias.</summary>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxExclusive, 1);
        var bound = (ulong)maxExclusive;
        // Values below 2^64 mod bound would make the low results slightly likelier; draw again in that rare case.
        var threshold = (0UL - bound) % bound;
        while (true)
        {
            var value = NextUInt64();
            if (value >= threshold)
            {
                return (int)(value % bound);
            }
        }
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
