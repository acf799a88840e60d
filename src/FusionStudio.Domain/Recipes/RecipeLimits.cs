namespace FusionStudio.Domain.Recipes;

/// <summary>What one recipe version may take: candidates it needs, time, parallel requests and money.</summary>
public sealed class RecipeLimits
{
    /// <summary>Fewer successful candidates than this and the best one is returned as it is, marked as a fallback.</summary>
    public int MinCandidates { get; set; } = 2;

    /// <summary>How long one teacher or fusor call may take before its answer is left out.</summary>
    public int CallTimeoutSeconds { get; set; } = 60;

    /// <summary>How long the whole request may take; teachers still out when it nears are left out.</summary>
    public int RequestTimeoutSeconds { get; set; } = 120;

    /// <summary>Requests served at once by one process; more get 429.</summary>
    public int MaxConcurrentRequests { get; set; } = 16;

    /// <summary>What the recipe may spend per UTC day, in the providers' currency; null: no limit.</summary>
    public decimal? DailyBudget { get; set; }
}
