using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Review;

/// <summary>
/// One prompt with its two answers placed left and right for one reviewer. It carries the pair it was loaded for, so
/// a vote on it is stored under that pair whatever the selector says meanwhile, but not which method is on which
/// side: the page cannot show what it does not have.
/// </summary>
public sealed record ReviewItem(
    MethodPair Pair,
    long PromptId,
    int Ordinal,
    int Number,
    string PromptText,
    string Language,
    string LeftText,
    string RightText,
    ReviewChoice? MyChoice,
    string? MyComment);
