using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.UnitTests.RunPages;
using FusionStudio.Web;
using FusionStudio.Web.Review;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.UnitTests.Review;

public sealed class ReviewVoteCommandTests : IDisposable
{
    private readonly RunPagesDatabase _database = new();

    [Fact]
    public async Task A_vote_on_the_left_is_stored_as_a_verdict_for_the_method_shown_there()
    {
        var seed = await SeedAsync();
        var prompt = seed.PromptIds[0];
        var aLeft = ReviewSides.AShownLeft(seed.Seed, prompt, ReviewRunSeed.Ana);

        var result = await Command().VoteAsync(new ReviewVote(seed.RunId, prompt, MethodPair.FusionVersusBestOfN, ReviewChoice.Left, "  clearer steps  "), Reviewers.Member(ReviewRunSeed.Ana));

        Assert.True(result.Saved, result.Message);
        await using var db = _database.CreateDbContext();
        var review = await db.HumanReviews.SingleAsync();
        Assert.Equal((seed.RunId, prompt, ReviewRunSeed.Ana), (review.RunId, review.PromptId, review.ReviewerId));
        Assert.Equal((AggregationMethod.FusionOfN, AggregationMethod.BestOfN), (review.MethodA, review.MethodB));
        Assert.Equal(aLeft, review.AShownLeft);
        Assert.Equal(aLeft ? HumanVerdict.A : HumanVerdict.B, review.Verdict);
        Assert.Equal("clearer steps", review.Comment);
    }

    [Fact]
    public async Task Voting_twice_keeps_one_row_with_the_last_vote()
    {
        var seed = await SeedAsync();
        var command = Command();
        var ana = Reviewers.Member(ReviewRunSeed.Ana);
        var vote = new ReviewVote(seed.RunId, seed.PromptIds[2], MethodPair.FusionVersusBestOfN, ReviewChoice.Right, "first thought");

        Assert.True((await command.VoteAsync(vote, ana)).Saved);
        Assert.True((await command.VoteAsync(vote, ana)).Saved);
        Assert.True((await command.VoteAsync(vote with { Choice = ReviewChoice.BothBad, Comment = null }, ana)).Saved);

        await using var db = _database.CreateDbContext();
        var review = await db.HumanReviews.SingleAsync();
        Assert.Equal(HumanVerdict.BothBad, review.Verdict);
        Assert.Null(review.Comment);
    }

    [Fact]
    public async Task Two_reviewers_of_one_prompt_make_two_rows()
    {
        var seed = await SeedAsync();
        var vote = new ReviewVote(seed.RunId, seed.PromptIds[0], MethodPair.FusionVersusBestOfN, ReviewChoice.Tie);

        Assert.True((await Command().VoteAsync(vote, Reviewers.Member(ReviewRunSeed.Ana))).Saved);
        Assert.True((await Command().VoteAsync(vote, Reviewers.Member(ReviewRunSeed.Bo))).Saved);

        await using var db = _database.CreateDbContext();
        Assert.Equal([ReviewRunSeed.Ana, ReviewRunSeed.Bo], await db.HumanReviews.OrderBy(h => h.ReviewerId).Select(h => h.ReviewerId).ToListAsync());
    }

    [Fact]
    public async Task A_viewers_vote_is_refused()
    {
        var seed = await SeedAsync();

        var result = await Command().VoteAsync(new ReviewVote(seed.RunId, seed.PromptIds[0], MethodPair.FusionVersusBestOfN, ReviewChoice.Left), Reviewers.Viewer(ReviewRunSeed.Vera));

        Assert.Equal(ReviewVoteResult.Refused(EditorCheck.Denied), result);
        await using var db = _database.CreateDbContext();
        Assert.Empty(await db.HumanReviews.ToListAsync());
    }

    [Fact]
    public async Task Bad_votes_are_refused_with_what_is_wrong()
    {
        var seed = await SeedAsync();
        var ana = Reviewers.Member(ReviewRunSeed.Ana);
        var good = new ReviewVote(seed.RunId, seed.PromptIds[0], MethodPair.FusionVersusBestOfN, ReviewChoice.Left);

        var tooLong = await Command().VoteAsync(good with { Comment = new string('x', ReviewVoteCommand.CommentMaxLength + 1) }, ana);
        var unanswered = await Command().VoteAsync(good with { PromptId = seed.PromptIds[9] }, ana);
        var otherPair = await Command().VoteAsync(good with { Pair = new MethodPair(AggregationMethod.Random, AggregationMethod.BestOfN) }, ana);
        var noRun = await Command().VoteAsync(good with { RunId = 999 }, ana);

        Assert.Equal("Comment: at most 4000 characters; this one has 4001.", tooLong.Message);
        Assert.Equal($"Prompt {seed.PromptIds[9]} does not have both answers yet.", unanswered.Message);
        Assert.Equal($"Run {seed.RunId} has no pair Random vs Best-of-N to review.", otherPair.Message);
        Assert.Equal("Run 999 does not exist.", noRun.Message);
        await using var db = _database.CreateDbContext();
        Assert.Empty(await db.HumanReviews.ToListAsync());
    }

    public void Dispose() => _database.Dispose();

    private async Task<ReviewRunSeed> SeedAsync()
    {
        await using var db = _database.CreateDbContext();
        return await ReviewRunSeed.SeedAsync(db);
    }

    private ReviewVoteCommand Command() =>
        new(_database, new ReviewQueue(_database), new EditorCheck(PlannerServices.Authorization()), TimeProvider.System);
}
