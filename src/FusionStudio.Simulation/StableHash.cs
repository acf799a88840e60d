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

    /// <summary>A number in [0, 1) derived from the parts.</summary>
    public static double UnitInterval(params string[] parts) => (Of(parts) >> 11) * (1.0 / (1UL << 53));
}
