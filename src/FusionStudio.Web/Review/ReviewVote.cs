using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Review;

/// <summary>A reviewer's vote on one prompt of a run's pair, in screen terms, with an optional comment.</summary>
public sealed record ReviewVote(int RunId, long PromptId, MethodPair Pair, ReviewChoice Choice, string? Comment = null);
