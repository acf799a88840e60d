namespace FusionStudio.Domain.Runs;

/// <summary>What one model call cost: tokens, time, money, and how it ended.</summary>
public sealed class ModelCallUsage
{
    public int InputTokens { get; set; }

    public int OutputTokens { get; set; }

    public int LatencyMs { get; set; }

    public decimal Cost { get; set; }

    public string? FinishReason { get; set; }

    /// <summary>True when the answer came from the response cache and cost nothing now.</summary>
    public bool CacheHit { get; set; }
}
