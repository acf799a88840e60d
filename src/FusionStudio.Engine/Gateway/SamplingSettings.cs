using FusionStudio.Domain.Teachers;

namespace FusionStudio.Engine.Gateway;

/// <summary>How a model samples its answer.</summary>
/// <param name="Seed">The base seed; each sample adds its index (see <see cref="SeedFor"/>).</param>
public sealed record SamplingSettings(double Temperature, double TopP, int MaxTokens, int? Seed = null)
{
    public static SamplingSettings From(Teacher teacher)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        return new SamplingSettings(teacher.Temperature, teacher.TopP, teacher.MaxTokens, teacher.Seed);
    }

    /// <summary>
    /// The seed sent for one sample: base seed + sample index, or the sample index without a base seed. So the N
    /// samples of a teacher differ, yet each repeats exactly on a provider that honours seeds.
    /// </summary>
    public long SeedFor(int sampleIndex) => (long)(Seed ?? 0) + sampleIndex;
}
