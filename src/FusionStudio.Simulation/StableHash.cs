using System.Text;

namespace FusionStudio.Simulation;

/// <summary>
/// FNV-1a over UTF-8: the same value in every process, unlike <see cref="string.GetHashCode()"/>, so simulated
/// answers are reproducible across restarts and machines.
/// </summary>
public static class StableHash
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(params string[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var hash = OffsetBasis;
        foreach (var part in parts)
        {
            foreach (var b in Encoding.UTF8.GetBytes(part))
            {
                hash = (hash ^ b) * Prime;
            }

            // A separator keeps ("ab", "c") and ("a", "bc") apart.
            hash = (hash ^ 0xFF) * Prime;
        }

        return hash;
    }

    /// <summary>
    /// A number in [0, 1) derived from the parts, spread evenly and independently of near-identical parts. FNV-1a alone
    /// moves its high bits very little when only a last character changes, so "request 1231" and "request 1232" would
    /// draw almost the same number; the finalizer of MurmurHash3 mixes every bit into every other first.
    /// </summary>
    public static double UnitInterval(params string[] parts) => (Mix(Of(parts)) >> 11) * (1.0 / (1UL << 53));

    private static ulong Mix(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xff51afd7ed558ccdUL;
        hash ^= hash >> 33;
        hash *= 0xc4ceb9fe1a85ec53UL;
        hash ^= hash >> 33;
        return hash;
    }
}
