using System.ComponentModel.DataAnnotations;

namespace FusionStudio.Engine.Gateway;

/// <summary>Sampling settings for calls that no teacher defines (judges, fusors).</summary>
public sealed class CallDefaults
{
    [Range(0.0, 2.0)]
    public double Temperature { get; set; }

    [Range(0.0, 1.0)]
    public double TopP { get; set; } = 1;

    [Range(1, 1_000_000)]
    public int MaxTokens { get; set; } = 1024;

    public int? Seed { get; set; }

    public SamplingSettings ToSampling() => new(Temperature, TopP, MaxTokens, Seed);
}
