using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.UnitTests.RunPages;
using FusionStudio.Web.Review;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.UnitTests.Review;

public sealed class ReviewQueueTests : IDisposable
{
    private readonly RunPagesDatabase _database = new();

    [Fact]
    public async Task Each_reviewer_gets_the_prompts_they_have_not_reviewed_in_dataset_order()
    {
        var seed = await SeedAsync();
        await using (var db = _database.CreateDbContext())
        {
            db.HumanReviews.AddRange(seed.Review(0, ReviewRunSeed.Ana), seed.Review(1, ReviewRunSeed.Ana), seed.Review(0, ReviewRunSeed.Bo));
            await db.SaveChangesAsync();
        }

        var queue = new ReviewQueue(_database);
        var run = (await queue.LoadRunAsync(seed.RunId))!;
        var pair = run.DefaultPair!;

        Assert.Equal(MethodPair.FusionVersusBestOfN, pair);
        Assert.Equal(3, run.CandidateLimit);
        Assert.Equal(seed.PromptIds[2], await queue.NextUnreviewedAsync(run, pair, ReviewRunSeed.Ana, afterOrdinal: null));
        Assert.Equal(seed.PromptIds[1], await queue.NextUnreviewedAsync(run, pair, ReviewRunSeed.Bo, afterOrdinal: null));
        // Past the end it wraps to the first gap; the prompt without a fused answer never comes up.
        Assert.Equal(seed.PromptIds[2], await queue.NextUnreviewedAsync(run, pair, ReviewRunSeed.Ana, afterOrdinal: 8));
        Assert.Null(await queue.NextAsync(run, pair, afterOrdinal: 8));
        Assert.Equal(seed.PromptIds[8], await queue.PreviousAsync(run, pair, beforeOrdinal: null));

        Assert.Equal(new ReviewProgress(ReviewRunSeed.Reviewable, 2, 2), await queue.ProgressAsync(run, pair, ReviewRunSeed.Ana));
        Assert.Equal(new ReviewProgress(ReviewRunSeed.Reviewable, 1, 2), await queue.ProgressAsync(run, pair, ReviewRunSeed.Bo));
    }

    [Fact]
    public async Task An_item_puts_each_answer_on_the_reviewers_side_and_recalls_the_vote()
    {
        var seed = await SeedAsync();
        await using (var db = _database.CreateDbContext())
        {
            db.HumanReviews.Add(seed.Review(3, ReviewRunSeed.Ana, HumanVerdict.A, "more complete"));
            await db.SaveChangesAsync();
        }

        var queue = new ReviewQueue(_database);
        var run = (await queue.LoadRunAsync(seed.RunId))!;
        var item = (await queue.LoadItemAsync(run, MethodPair.FusionVersusBestOfN, seed.PromptIds[3], ReviewRunSeed.Ana))!;

        var aLeft = ReviewSides.AShownLeft(seed.Seed, seed.PromptIds[3], ReviewRunSeed.Ana);
        Assert.Equal(aLeft ? ReviewRunSeed.FusedText(3) : ReviewRunSeed.SelectedText(3), item.LeftText);
        Assert.Equal(aLeft ? ReviewRunSeed.SelectedText(3) : ReviewRunSeed.FusedText(3), item.RightText);
        Assert.Equal(aLeft ? ReviewChoice.Left : ReviewChoice.Right, item.MyChoice);
        Assert.Equal("more complete", item.MyComment);
        Assert.Equal(4, item.Number);
        Assert.Null(await queue.LoadItemAsync(run, MethodPair.FusionVersusBestOfN, seed.PromptIds[9], ReviewRunSeed.Ana));
    }

    [Fact]
    public async Task A_prompt_where_both_methods_gave_the_same_answer_is_not_offered_and_is_counted()
    {
        var seed = await SeedAsync();
        await using (var db = _database.CreateDbContext())
        {
            var fused = await db.Aggregates.SingleAsync(a => a.PromptId == seed.PromptIds[0] && a.Method == AggregationMethod.FusionOfN && a.CandidateLimit == 3);
            fused.Text = ReviewRunSeed.SelectedText(0);
            await db.SaveChangesAsync();
        }

        var queue = new ReviewQueue(_database);
        var run = (await queue.LoadRunAsync(seed.RunId))!;
        var pair = MethodPair.FusionVersusBestOfN;

        await using (var db = _database.CreateDbContext())
        {
            Assert.Equal([seed.PromptIds[0]], await SameAnswers.PromptIds(db, run.Id, run.CandidateLimit, pair).ToListAsync());
        }

        Assert.False(await queue.IsReviewableAsync(run, pair, seed.PromptIds[0]));
        Assert.Equal(seed.PromptIds[1], await queue.NextUnreviewedAsync(run, pair, ReviewRunSeed.Ana, afterOrdinal: null));
        Assert.Equal(ReviewRunSeed.Reviewable - 1, (await queue.ProgressAsync(run, pair, ReviewRunSeed.Ana)).Reviewable);
    }

    public void Dispose() => _database.Dispose();

    private async Task<ReviewRunSeed> SeedAsync()
    {
        await using var db = _database.CreateDbContext();
        return await ReviewRunSeed.SeedAsync(db);
    }
}
