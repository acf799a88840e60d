namespace FusionStudio.Domain.Recipes;

/// <summary>
/// One request the endpoint served: what only the endpoint knows (when, how long it took, how it ended). Its calls,
/// tokens and cost are in the call log under the version's live run, and its prompt, candidates and answer are
/// prompts of that run unless the recipe does not store traffic.
/// </summary>
public sealed class ServedRequest
{
    public long Id { get; set; }

    public int RecipeId { get; set; }

    public int RecipeVersionId { get; set; }

    public int RunId { get; set; }

    /// <summary>The stored prompt; null when the recipe does not store traffic.</summary>
    public long? PromptId { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>From the request's arrival to its last byte of answer.</summary>
    public int LatencyMs { get; set; }

    public ServedOutcome Outcome { get; set; }

    public bool Streamed { get; set; }

    /// <summary>Why a fallback answered or the request failed.</summary>
    public string? Reason { get; set; }
}
