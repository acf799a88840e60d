using FusionStudio.Domain.Datasets;

namespace FusionStudio.Engine.Gateway;

/// <summary>One model call: who answers, what they are asked, how they sample.</summary>
public sealed record ModelCallRequest
{
    public required ProviderEndpoint Provider { get; init; }

    public required string Model { get; init; }

    public required IReadOnlyList<PromptMessage> Messages { get; init; }

    public required SamplingSettings Sampling { get; init; }

    /// <summary>Which of a teacher's N samples this is: it shifts the seed and is part of the cache key.</summary>
    public int SampleIndex { get; init; }

    public ModelCallPurpose Purpose { get; init; } = ModelCallPurpose.Generate;

    /// <summary>What the call serves, for the call log.</summary>
    public CallOrigin Origin { get; init; } = CallOrigin.None;

    /// <summary>False: always ask the model, and do not store its answer.</summary>
    public bool UseCache { get; init; } = true;

    /// <summary>The seed sent to the model (see <see cref="SamplingSettings.SeedFor"/>).</summary>
    public long Seed => Sampling.SeedFor(SampleIndex);

    // The messages are the prompt: never printed.
    public override string ToString() => $"{Purpose} call to {Model} at {Provider}, sample {SampleIndex}";
}
