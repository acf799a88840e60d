namespace FusionStudio.Domain.Runs;

/// <summary>One prompt of one run and the step it has reached.</summary>
public sealed class RunPrompt
{
    public long Id { get; set; }

    public int RunId { get; set; }

    public long PromptId { get; set; }

    /// <summary>The prompt's position in its dataset; work is batched by ranges of it.</summary>
    public int Ordinal { get; set; }

    /// <summary>
    /// The prompt's expected Best-of-k score for k = 1..N (index k − 1), stored when its candidates are scored so the
    /// scaling curve reads one row per prompt; null when none of its candidates has a score.
    /// </summary>
    public double[]? BestOfK { get; set; }

    public PromptStage Stage { get; set; }

    /// <summary>Why the prompt failed, when it did.</summary>
    public string? Error { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>
    /// The score the run's prompt table shows, stored so the table sorts and filters by it without joining answers
    /// and scores; refreshed from its one definition whenever the prompt's answers change.
    /// </summary>
    public double? Score { get; set; }

    /// <summary>The final verdict of the run's first comparison pair, stored beside <see cref="Score"/> for the same reason.</summary>
    public PairVerdict? Verdict { get; set; }
}
