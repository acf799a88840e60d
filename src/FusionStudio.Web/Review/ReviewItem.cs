namespace FusionStudio.Web.Review;

/// <summary>
/// One prompt with its two answers placed left and right for one reviewer. It deliberately carries no method: the
/// page cannot show what it does not have.
/// </summary>
public sealed record ReviewItem(
    long PromptId,
    int Ordinal,
    int Number,
    string PromptText,
    string Language,
    string LeftText,
    string RightText,
    ReviewChoice? MyChoice,
    string? MyComment);
