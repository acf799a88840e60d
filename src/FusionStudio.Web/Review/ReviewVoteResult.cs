namespace FusionStudio.Web.Review;

/// <summary>Whether a vote was stored, and a short line for the reviewer when it was not.</summary>
public sealed record ReviewVoteResult(bool Saved, string Message)
{
    public static ReviewVoteResult Stored { get; } = new(true, "Vote saved.");

    public static ReviewVoteResult Refused(string message) => new(false, message);
}
