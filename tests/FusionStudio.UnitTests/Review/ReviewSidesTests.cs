using FusionStudio.Domain.Review;
using FusionStudio.Web.Review;

namespace FusionStudio.UnitTests.Review;

public sealed class ReviewSidesTests
{
    [Fact]
    public void The_same_reviewer_and_prompt_always_get_the_same_sides()
    {
        for (long prompt = 1; prompt <= 200; prompt++)
        {
            var first = ReviewSides.AShownLeft(42, prompt, "reviewer-ana");
            Assert.Equal(first, ReviewSides.AShownLeft(42, prompt, "reviewer-ana"));
        }
    }

    [Fact]
    public void Sides_are_about_balanced_over_many_prompts()
    {
        const int prompts = 4000;
        var left = Enumerable.Range(1, prompts).Count(p => ReviewSides.AShownLeft(42, p, "reviewer-ana"));

        // A fair coin stays within ±3 % of half over 4000 throws with overwhelming probability (5 standard deviations).
        Assert.InRange(left, prompts * 47 / 100, prompts * 53 / 100);
    }

    [Fact]
    public void Different_reviewers_and_seeds_see_different_sides_for_the_same_prompts()
    {
        var ana = Enumerable.Range(1, 200).Select(p => ReviewSides.AShownLeft(42, p, "reviewer-ana")).ToList();
        var bo = Enumerable.Range(1, 200).Select(p => ReviewSides.AShownLeft(42, p, "reviewer-bo")).ToList();
        var otherSeed = Enumerable.Range(1, 200).Select(p => ReviewSides.AShownLeft(43, p, "reviewer-ana")).ToList();

        // Independent coins agree on about half the prompts; identical assignment would agree on all 200.
        Assert.InRange(ana.Zip(bo).Count(x => x.First == x.Second), 60, 140);
        Assert.InRange(ana.Zip(otherSeed).Count(x => x.First == x.Second), 60, 140);
    }

    [Theory]
    [InlineData(ReviewChoice.Left, true, HumanVerdict.A)]
    [InlineData(ReviewChoice.Left, false, HumanVerdict.B)]
    [InlineData(ReviewChoice.Right, true, HumanVerdict.B)]
    [InlineData(ReviewChoice.Right, false, HumanVerdict.A)]
    [InlineData(ReviewChoice.Tie, true, HumanVerdict.Tie)]
    [InlineData(ReviewChoice.Tie, false, HumanVerdict.Tie)]
    [InlineData(ReviewChoice.BothBad, true, HumanVerdict.BothBad)]
    [InlineData(ReviewChoice.BothBad, false, HumanVerdict.BothBad)]
    public void A_vote_on_a_side_becomes_a_verdict_on_the_method_shown_there(ReviewChoice choice, bool aShownLeft, HumanVerdict verdict)
    {
        Assert.Equal(verdict, ReviewSides.ToVerdict(choice, aShownLeft));
        Assert.Equal(choice, ReviewSides.ToChoice(verdict, aShownLeft));
    }
}
