using Bunit;
using FusionStudio.Web.Components.Pages.Runs.Report;

namespace FusionStudio.UnitTests.Reports;

public sealed class RunReportPageTests : ReportPagesTestContext
{
    [Fact]
    public async Task Shows_the_judges_record_with_its_interval_and_breakdowns()
    {
        var (_, run) = await SeedAsync();

        var page = Render<RunReportPage>(p => p.Add(c => c.RunId, run.Id));

        var headline = page.WaitForElement("[data-testid=pair-headline]");
        Assert.Contains("Fusion-of-N vs Best-of-N", headline.TextContent, StringComparison.Ordinal);
        Assert.Equal("5", Text(page, "wins"));
        Assert.Equal("2", Text(page, "ties"));
        Assert.Equal("1", Text(page, "losses"));
        Assert.Equal("75.0%", Text(page, "win-rate"));
        Assert.Equal("8 prompts", Text(page, "prompt-count"));
        Assert.Matches(@"95% interval \d+\.\d% – \d+\.\d%", Text(page, "win-rate-interval"));

        var languages = page.FindAll("[data-testid=by-language] [data-testid=group-row]");
        Assert.Equal(2, languages.Count);
        Assert.Equal("Arabic (ar)", languages[0].QuerySelector("[data-testid=group-key]")!.TextContent.Trim());
        Assert.Equal("62.5%", languages[0].QuerySelector("[data-testid=group-win-rate]")!.TextContent.Trim());
        Assert.Equal("87.5%", languages[1].QuerySelector("[data-testid=group-win-rate]")!.TextContent.Trim());
        Assert.Equal("75.0%", page.Find("[data-testid=by-task] [data-testid=group-win-rate]").TextContent.Trim());

        // 8 prompts: the interval is honest about it, and each count opens the prompts behind it.
        Assert.Contains("too few prompts", Text(page, "win-rate-interval"), StringComparison.Ordinal);
        Assert.Equal($"/runs/{run.Id}?lang=ar&pair=FusionOfN-BestOfN&verdict=Win",
            languages[0].QuerySelector("[data-testid=group-wins-link]")!.GetAttribute("href"));
        Assert.Equal($"/runs/{run.Id}?lang=ar&pair=FusionOfN-BestOfN",
            languages[0].QuerySelector("[data-testid=group-prompts-link]")!.GetAttribute("href"));
        Assert.Equal($"/runs/{run.Id}?task=qa&pair=FusionOfN-BestOfN&verdict=Loss",
            page.Find("[data-testid=by-task] [data-testid=group-losses-link]").GetAttribute("href"));
        Assert.Equal($"/runs/{run.Id}?pair=FusionOfN-BestOfN&verdict=Tie", page.Find("[data-testid=ties]").GetAttribute("href"));
    }

    [Fact]
    public async Task Shows_people_s_verdicts_and_their_agreement_with_the_judge()
    {
        var (_, run) = await SeedAsync();

        var page = Render<RunReportPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForElement("[data-testid=human-win-rate]");
        Assert.Equal("50.0%", Text(page, "human-win-rate"));
        Assert.Equal("5", Text(page, "review-count"));
        Assert.StartsWith("2 reviewers, 4 prompts", Text(page, "reviewer-count"), StringComparison.Ordinal);
        // Judge × people: (W,W) (W,W) (W,L) (L,L), and a "both bad" on a prompt the judge called a tie, which stays
        // out of κ. p_o = 3/4; judge W 3, L 1; people W 2, L 2: p_e = (3·2 + 1·2) / 16 = 1/2; κ = 0.5. Weighted: a
        // win against a loss weighs 0, so the same 0.5. SE = √(0.75·0.25 / (4·0.25)) = 0.433: 0.5 ± 0.849.
        Assert.Equal("75.0%", Text(page, "agreement"));
        Assert.Equal("Cohen's κ 0.50 (95% interval -0.35 – 1.00)", Text(page, "kappa"));
        Assert.Equal("Weighted κ 0.50", Text(page, "weighted-kappa"));
        Assert.Contains("too few reviews", Text(page, "kappa-too-few"), StringComparison.Ordinal);
        string[] cells = ["2", "0", "0", "1", "0", "0", "1", "0", "0", "0", "0", "1"];
        Assert.Equal(cells, Enumerable.Range(0, 12).Select(i => Text(page, $"judge-human-{i / 4}-{i % 4}")));
        Assert.Contains("\"Both bad\" votes (1 here)", page.Find("[data-testid=agreement-basis]").TextContent, StringComparison.Ordinal);
        Assert.Equal("12.5%", Text(page, "bias-share"));
        Assert.Equal("1 of 8 comparisons flipped with the order", Text(page, "bias-counts"));
    }

    [Fact]
    public async Task Shows_scores_costs_and_no_failures()
    {
        var (_, run) = await SeedAsync();

        var page = Render<RunReportPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForElement("[data-testid=score-distributions]");
        var scores = page.FindAll("[data-testid=score-row]");
        Assert.Equal(["5.88", "8.00"], scores.Select(r => r.QuerySelector("[data-testid=score-mean]")!.TextContent.Trim()));
        Assert.Equal("6.00", scores[0].QuerySelector("[data-testid=score-median]")!.TextContent.Trim());

        // Best-of-N: 8 candidates + 8 judge calls; Fusion-of-N: 8 candidates + 8 fusor calls.
        var costs = page.FindAll("[data-testid=cost-row]");
        Assert.Equal(["16", "16"], costs.Select(r => r.QuerySelector("[data-testid=cost-calls]")!.TextContent.Trim()));
        Assert.Equal("$0.0011", costs[0].QuerySelector("[data-testid=cost-per-prompt]")!.TextContent.Trim());
        Assert.Equal("$0.0030", costs[1].QuerySelector("[data-testid=cost-per-prompt]")!.TextContent.Trim());
        Assert.NotEmpty(page.FindAll("[data-testid=no-failures]"));
        Assert.Equal("Report", page.Find("[aria-current=page]").TextContent.Trim());
    }

    [Fact]
    public async Task A_run_without_results_shows_the_empty_states()
    {
        var (_, run) = await SeedAsync(withResults: false);

        var page = Render<RunReportPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForElement("[data-testid=no-verdicts]");
        var noReviews = page.Find("[data-testid=no-reviews]");
        Assert.Contains("No reviews yet", noReviews.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/runs/{run.Id}/review", noReviews.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(2, page.FindAll("[data-testid=not-scored]").Count);
        Assert.Empty(page.FindAll("[data-testid=human-win-rate]"));
    }

    [Fact]
    public async Task Viewers_can_read_the_report()
    {
        var (_, run) = await SeedAsync();
        SignInAsViewer();

        var page = Render<RunReportPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForAssertion(() => Assert.Equal("75.0%", Text(page, "win-rate")));
    }

    [Fact]
    public void An_unknown_run_says_so()
    {
        var page = Render<RunReportPage>(p => p.Add(c => c.RunId, 999));

        page.WaitForAssertion(() => Assert.Contains("No such run", page.Markup, StringComparison.Ordinal));
    }

    private static string Text(IRenderedComponent<RunReportPage> page, string testId) =>
        page.Find($"[data-testid={testId}]").TextContent.Trim();
}
