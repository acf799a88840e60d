using FusionStudio.Domain.Runs;

namespace FusionStudio.Domain.Review;

/// <summary>A person's blind verdict on a pair of answers to one prompt. One per reviewer, prompt and pair.</summary>
public sealed class HumanReview
{
    public long Id { get; set; }

    public int RunId { get; set; }

    public long PromptId { get; set; }

    public AggregationMethod MethodA { get; set; }

    public AggregationMethod MethodB { get; set; }

    public required string ReviewerId { get; set; }

    /// <summary>Whether method A's answer was shown on the left; sides are randomised per review.</summary>
    public bool AShownLeft { get; set; }

    public HumanVerdict Verdict { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
