using System.Security.Claims;
using Bunit;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.Review;
using FusionStudio.Web.Review;
using FusionStudio.Web.Security;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace FusionStudio.UnitTests.Review;

public sealed class ReviewPageTests : ReviewTestContext
{
    private static readonly string[] _methodNames =
        [.. Enum.GetValues<AggregationMethod>().SelectMany(m => new[] { m.ToString(), m.ToLabel() }), "Fusion", "Best-of", "MBR", "fused", "selected"];

    public ReviewPageTests() => SignInAs(ReviewRunSeed.Ana);

    [Fact]
    public async Task Shows_the_prompt_and_two_answers_without_naming_either_method()
    {
        var seed = await SeedAsync();

        var page = Render<ReviewPage>(p => p.Add(c => c.RunId, seed.RunId));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=review-item]")));
        var item = page.Find("[data-testid=review-item]");
        var aLeft = ReviewSides.AShownLeft(seed.Seed, seed.PromptIds[0], ReviewRunSeed.Ana);
        Assert.Equal(aLeft ? ReviewRunSeed.FusedText(0) : ReviewRunSeed.SelectedText(0), page.Find("[data-testid=answer-left-text]").TextContent.Trim());
        Assert.Equal(aLeft ? ReviewRunSeed.SelectedText(0) : ReviewRunSeed.FusedText(0), page.Find("[data-testid=answer-right-text]").TextContent.Trim());
        var prompt = page.Find("[data-testid=review-prompt-text]");
        Assert.Equal("auto", prompt.GetAttribute("dir"));
        Assert.StartsWith("Question number 0?", prompt.TextContent.Trim(), StringComparison.Ordinal);
        Assert.All(_methodNames, name => Assert.DoesNotContain(name, item.OuterHtml, StringComparison.OrdinalIgnoreCase));
        // Outside the answers, the only place a method is named is the pair picker, which says nothing about sides.
        Assert.All(Enum.GetNames<AggregationMethod>(), name => Assert.DoesNotContain(name, page.Markup, StringComparison.Ordinal));
        Assert.Equal("You reviewed 0 of 9", page.Find("[data-testid=review-count]").TextContent.Trim());
        Assert.Equal("Prompt 1 of 9", page.Find("[data-testid=review-position]").TextContent.Trim());
        Assert.Contains("both bad", page.Find("[data-testid=review-shortcuts]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_reads_the_answers_but_cannot_vote_by_button_or_key()
    {
        var seed = await SeedAsync();
        SignInAs(ReviewRunSeed.Vera, AppRoles.Viewer);

        var page = Render<ReviewPage>(p => p.Add(c => c.RunId, seed.RunId));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=review-item]")));
        Assert.Contains("only Members and Admins can vote", page.Find("[data-testid=review-read-only]").TextContent, StringComparison.Ordinal);
        Assert.All(page.FindAll("[data-testid=vote-bar] button"), button => Assert.True(button.HasAttribute("disabled")));
        Assert.Equal(4, page.FindAll("[data-testid=vote-bar] button").Count);
        Assert.True(page.Find("textarea").HasAttribute("disabled"));

        await page.InvokeAsync(() => page.Instance.OnShortcutAsync("1", seed.PromptIds[0], "1"));

        await using var db = Db();
        Assert.Empty(await db.HumanReviews.ToListAsync());
        Assert.Equal("Prompt 1 of 9", page.Find("[data-testid=review-position]").TextContent.Trim());
    }

    [Fact]
    public async Task Voting_stores_one_row_per_reviewer_and_moves_on()
    {
        var seed = await SeedAsync();
        var page = Render<ReviewPage>(p => p.Add(c => c.RunId, seed.RunId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=review-item]")));

        page.Find("[data-testid=vote-left]").Click();
        page.WaitForAssertion(() => Assert.Equal("Prompt 2 of 9", page.Find("[data-testid=review-position]").TextContent.Trim()));
        Assert.Equal("You reviewed 1 of 9", page.Find("[data-testid=review-count]").TextContent.Trim());
        Assert.Equal("1 person reviewed this run", page.Find("[data-testid=reviewer-count]").TextContent.Trim());

        // Back with k: the earlier vote is shown, and voting again replaces it.
        await page.InvokeAsync(() => page.Instance.OnShortcutAsync("k", seed.PromptIds[1], "1"));
        page.WaitForAssertion(() => Assert.Equal("Prompt 1 of 9", page.Find("[data-testid=review-position]").TextContent.Trim()));
        Assert.NotNull(page.Find("[data-testid=answer-left-chosen]"));
        await page.InvokeAsync(() => page.Instance.OnShortcutAsync("3", seed.PromptIds[0], "1"));
        page.WaitForAssertion(() => Assert.Equal("Prompt 2 of 9", page.Find("[data-testid=review-position]").TextContent.Trim()));
        // A second press that still names the prompt voted a moment ago is dropped, not cast on the prompt now shown.
        await page.InvokeAsync(() => page.Instance.OnShortcutAsync("1", seed.PromptIds[0], "1"));

        SignInAs(ReviewRunSeed.Bo);
        var other = Render<ReviewPage>(p => p.Add(c => c.RunId, seed.RunId));
        other.WaitForAssertion(() => Assert.Equal("Prompt 1 of 9", other.Find("[data-testid=review-position]").TextContent.Trim()));
        other.Find("[data-testid=vote-right]").Click();
        other.WaitForAssertion(() => Assert.Equal("2 people reviewed this run", other.Find("[data-testid=reviewer-count]").TextContent.Trim()));

        await using var db = Db();
        var reviews = await db.HumanReviews.OrderBy(h => h.ReviewerId).ToListAsync();
        Assert.Equal([(ReviewRunSeed.Ana, seed.PromptIds[0]), (ReviewRunSeed.Bo, seed.PromptIds[0])], reviews.Select(r => (r.ReviewerId, r.PromptId)));
        Assert.Equal(HumanVerdict.Tie, reviews[0].Verdict);
        Assert.Equal(ReviewSides.ToVerdict(ReviewChoice.Right, reviews[1].AShownLeft), reviews[1].Verdict);
    }

    [Fact]
    public async Task The_comment_is_stored_with_the_vote()
    {
        var seed = await SeedAsync();
        var page = Render<ReviewPage>(p => p.Add(c => c.RunId, seed.RunId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=review-item]")));

        page.Find("textarea").Input("The right one skips a step.");
        page.Find("[data-testid=vote-bothbad]").Click();

        page.WaitForAssertion(() => Assert.Equal("Prompt 2 of 9", page.Find("[data-testid=review-position]").TextContent.Trim()));
        await using var db = Db();
        var review = await db.HumanReviews.SingleAsync();
        Assert.Equal((HumanVerdict.BothBad, "The right one skips a step."), (review.Verdict, review.Comment));
    }

    [Fact]
    public async Task The_last_vote_ends_in_a_thank_you_with_a_link_to_the_report()
    {
        var seed = await SeedAsync();
        await using (var db = Db())
        {
            db.HumanReviews.AddRange(Enumerable.Range(0, ReviewRunSeed.Reviewable).Where(i => i != 4).Select(i => seed.Review(i, ReviewRunSeed.Ana)));
            await db.SaveChangesAsync();
        }

        var page = Render<ReviewPage>(p => p.Add(c => c.RunId, seed.RunId));
        page.WaitForAssertion(() => Assert.Equal("Prompt 5 of 9", page.Find("[data-testid=review-position]").TextContent.Trim()));
        await page.InvokeAsync(() => page.Instance.OnShortcutAsync("4", seed.PromptIds[4], "1"));

        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=review-done]")));
        Assert.Equal($"/runs/{seed.RunId}/report", page.Find("[data-testid=review-report-link]").GetAttribute("href"));
        Assert.Equal("You reviewed 9 of 9", page.Find("[data-testid=review-count]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=review-item]"));
    }

    [Fact]
    public async Task Another_pair_of_the_run_has_its_own_queue()
    {
        var seed = await SeedAsync();
        var page = Render<ReviewPage>(p => p.Add(c => c.RunId, seed.RunId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=review-item]")));
        var picker = page.FindComponent<MudToggleGroup<MethodPair>>();

        var fusionVersusMbr = new MethodPair(AggregationMethod.FusionOfN, AggregationMethod.Mbr);
        await page.InvokeAsync(() => picker.Instance.ValueChanged.InvokeAsync(fusionVersusMbr));
        page.WaitForAssertion(() => Assert.Equal($"You reviewed 0 of {ReviewRunSeed.Reviewable}", page.Find("[data-testid=review-count]").TextContent.Trim()));
        var texts = new[] { page.Find("[data-testid=answer-left-text]").TextContent.Trim(), page.Find("[data-testid=answer-right-text]").TextContent.Trim() };
        Assert.Contains("Consensus reply for question 0.", texts);
        page.Find("[data-testid=vote-tie]").Click();

        page.WaitForAssertion(() => Assert.Equal("Prompt 2 of 9", page.Find("[data-testid=review-position]").TextContent.Trim()));
        await using var db = Db();
        var review = await db.HumanReviews.SingleAsync();
        Assert.Equal((AggregationMethod.FusionOfN, AggregationMethod.Mbr, HumanVerdict.Tie), (review.MethodA, review.MethodB, review.Verdict));
    }

    [Fact]
    public async Task A_chosen_pair_stays_on_screen_and_a_key_for_the_pair_shown_before_is_not_stored()
    {
        var seed = await SeedAsync();
        var page = Render<ReviewPage>(p => p.Add(c => c.RunId, seed.RunId));
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=review-item]")));
        var fusionVersusMbr = new MethodPair(AggregationMethod.FusionOfN, AggregationMethod.Mbr);

        await page.InvokeAsync(() => page.FindComponent<MudToggleGroup<MethodPair>>().Instance.ValueChanged.InvokeAsync(fusionVersusMbr));
        page.WaitForAssertion(() => Assert.Equal("2", page.Find("[data-testid=review-item]").GetAttribute("data-review-pair")));
        // The layout renders the page again: the chosen pair stays.
        page.Render(p => p.Add(c => c.RunId, seed.RunId));
        Assert.Equal($"Comparing {fusionVersusMbr}", page.Find("[data-testid=review-shown-pair]").TextContent.Trim());

        // A key pressed while the first pair was still on screen is dropped; one for the pair shown is stored under it.
        await page.InvokeAsync(() => page.Instance.OnShortcutAsync("1", seed.PromptIds[0], "1"));
        await using (var db = Db())
        {
            Assert.Empty(await db.HumanReviews.ToListAsync());
        }

        await page.InvokeAsync(() => page.Instance.OnShortcutAsync("1", seed.PromptIds[0], "2"));
        page.WaitForAssertion(() => Assert.Equal("Prompt 2 of 9", page.Find("[data-testid=review-position]").TextContent.Trim()));
        await using var check = Db();
        var review = await check.HumanReviews.SingleAsync();
        Assert.Equal((fusionVersusMbr.A, fusionVersusMbr.B), (review.MethodA, review.MethodB));
    }

    private void SignInAs(string reviewerId, string role = AppRoles.Member)
    {
        Auth.SetAuthorized($"{reviewerId}@example.test");
        Auth.SetRoles(role);
        if (role == AppRoles.Viewer)
        {
            Auth.SetPolicies();
        }
        else
        {
            Auth.SetPolicies(AuthorizationPolicies.Editor);
        }

        // Last: setting roles or policies rebuilds the fake user without the claims set before.
        Auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, reviewerId));
    }

    private async Task<ReviewRunSeed> SeedAsync()
    {
        await using var db = Db();
        return await ReviewRunSeed.SeedAsync(db);
    }
}
