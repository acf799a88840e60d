using System.Security.Claims;
using FusionStudio.Data;
using FusionStudio.Domain.Review;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Review;

/// <summary>
/// Stores a reviewer's vote as a verdict on methods. Editors only, checked here and not just by disabled buttons.
/// A reviewer has one vote per prompt and pair: voting again replaces it, and a double submit that races past the
/// first look meets the unique key and becomes an update.
/// </summary>
public sealed class ReviewVoteCommand(IDbContextFactory<FusionDbContext> contexts, ReviewQueue queue, EditorCheck editors, TimeProvider clock)
{
    /// <summary>As long as the database column allows.</summary>
    public const int CommentMaxLength = 4000;

    public async Task<ReviewVoteResult> VoteAsync(ReviewVote vote, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vote);
        ArgumentNullException.ThrowIfNull(user);
        if (!await editors.AllowsAsync(user))
        {
            return ReviewVoteResult.Refused(EditorCheck.Denied);
        }

        if (ReviewerIdentity.Of(user) is not { } reviewerId)
        {
            return ReviewVoteResult.Refused("Your sign-in has no user id. Sign out and in again.");
        }

        if (!Enum.IsDefined(vote.Choice))
        {
            return ReviewVoteResult.Refused("Choice: pick left, right, tie or both bad.");
        }

        var comment = string.IsNullOrWhiteSpace(vote.Comment) ? null : vote.Comment.Trim();
        if (comment?.Length > CommentMaxLength)
        {
            return ReviewVoteResult.Refused($"Comment: at most {CommentMaxLength} characters; this one has {comment.Length}.");
        }

        var run = await queue.LoadRunAsync(vote.RunId, cancellationToken);
        if (run is null)
        {
            return ReviewVoteResult.Refused($"Run {vote.RunId} does not exist.");
        }

        if (!run.Pairs.Contains(vote.Pair))
        {
            return ReviewVoteResult.Refused($"Run {run.Id} has no pair {vote.Pair} to review.");
        }

        if (!await queue.IsReviewableAsync(run, vote.Pair, vote.PromptId, cancellationToken))
        {
            return ReviewVoteResult.Refused($"Prompt {vote.PromptId} does not have both answers yet.");
        }

        try
        {
            await SaveAsync(vote, run.Seed, reviewerId, comment, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another submit of the same vote inserted the row between our look and our insert: update that row.
            if (!await TrySaveAsync(vote, run.Seed, reviewerId, comment, cancellationToken))
            {
                return ReviewVoteResult.Refused("The vote could not be saved. Try again.");
            }
        }

        return ReviewVoteResult.Stored;
    }

    private async Task<bool> TrySaveAsync(ReviewVote vote, int runSeed, string reviewerId, string? comment, CancellationToken cancellationToken)
    {
        try
        {
            await SaveAsync(vote, runSeed, reviewerId, comment, cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    private async Task SaveAsync(ReviewVote vote, int runSeed, string reviewerId, string? comment, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var review = await db.HumanReviews.SingleOrDefaultAsync(
            h => h.RunId == vote.RunId && h.PromptId == vote.PromptId && h.MethodA == vote.Pair.A && h.MethodB == vote.Pair.B && h.ReviewerId == reviewerId,
            cancellationToken);
        if (review is null)
        {
            review = new HumanReview
            {
                RunId = vote.RunId,
                PromptId = vote.PromptId,
                MethodA = vote.Pair.A,
                MethodB = vote.Pair.B,
                ReviewerId = reviewerId,
                AShownLeft = ReviewSides.AShownLeft(runSeed, vote.PromptId, reviewerId),
            };
            db.HumanReviews.Add(review);
        }

        // The stored side, not a fresh draw: the verdict must match what this reviewer saw.
        review.Verdict = ReviewSides.ToVerdict(vote.Choice, review.AShownLeft);
        review.Comment = comment;
        review.CreatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }
}
