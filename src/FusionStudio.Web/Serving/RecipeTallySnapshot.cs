namespace FusionStudio.Web.Serving;

/// <summary>A recipe's served requests since start: answered as designed, by a fallback, failed, and turned away with 429.</summary>
public sealed record RecipeTallySnapshot(long Answered, long Fallback, long Failed, long Rejected);
