using FusionStudio.Domain.Providers;

namespace FusionStudio.Domain.Teachers;

/// <summary>One model of a provider with its sampling settings.</summary>
public sealed class Teacher
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public int ProviderId { get; set; }

    public Provider? Provider { get; set; }

    public required string Model { get; set; }

    public double Temperature { get; set; } = 0.7;

    public double TopP { get; set; } = 1.0;

    public int MaxTokens { get; set; } = 1024;

    /// <summary>Base seed; each sample adds its index so the N samples differ but repeat exactly.</summary>
    public int? Seed { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
