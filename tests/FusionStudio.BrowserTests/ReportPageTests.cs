using FusionStudio.Data.Identity;
using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;
using FusionStudio.Web.Components.Pages.Runs.Report;
using FusionStudio.Web.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

/// <summary>The report of a finished run on the model server, with a few blind reviews, in both themes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportPageTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "ria@example.test";
    private const string Password = "correct-horse-battery";

    [Fact]
    public async Task The_report_shows_the_run_s_figures()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = FusionApp.OnPostgres(database).With("Runs:StatusCheckInterval", "00:00:00.100");
        var baseUri = app.StartKestrel();
        var user = await app.CreateUserAsync(Email, Password, AppRoles.Member);
        var runId = await TestRuns.CreateAsync(app, fake.BaseUrl, new TestRunShape { Prompts = 16 });
        await TestRuns.StartAsync(app, runId);
        await TestRuns.WaitUntilFinishedAsync(app, runId, TimeSpan.FromMinutes(3));
        await AddReviewsAsync(app, runId, user.Id);
        var expected = (await app.Services.GetRequiredService<RunReportQuery>().LoadAsync(runId))!.Pairs[0];

        await using var session = await browser.OpenSessionAsync(output, nameof(The_report_shows_the_run_s_figures));
        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}/report");
            await Expect(page.GetByTestId("win-rate")).ToHaveTextAsync(ReportText.Percent(expected.Judge.Rate));
            await Expect(page.GetByTestId("wins")).ToHaveTextAsync(expected.Judge.Counts.Wins.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(page.GetByTestId("human-win-rate")).ToHaveTextAsync(ReportText.Percent(expected.Human.WinRate.Rate));
            await Expect(page.GetByTestId("kappa")).ToContainTextAsync(ReportText.Kappa(expected.Human.Agreement.Kappa));
            await Expect(page.GetByTestId("method-costs")).ToBeVisibleAsync();
            await session.ScreenshotAsync("report-light");

            await page.GetByTestId("theme-toggle").ClickAsync();
            await page.Mouse.MoveAsync(700, 600);
            await Expect(page.GetByTestId("win-rate")).ToBeVisibleAsync();
            await session.ScreenshotAsync("report-dark");

            await AppPages.GoToAsync(page, baseUri, $"runs/compare?a={runId}&b={runId}");
            await Expect(page.GetByTestId("shared-table").Locator("tbody tr")).ToHaveCountAsync(16);
            await session.ScreenshotAsync("compare-dark");
            Assert.Empty(session.ConsoleErrors);
        });
    }

    private static async Task AddReviewsAsync(FusionApp app, int runId, string reviewerId)
    {
        await using var db = app.CreateDbContext();
        var prompts = await db.RunPrompts.Where(p => p.RunId == runId).OrderBy(p => p.Ordinal).Select(p => p.PromptId).Take(4).ToListAsync();
        HumanVerdict[] verdicts = [HumanVerdict.A, HumanVerdict.A, HumanVerdict.B, HumanVerdict.BothBad];
        db.HumanReviews.AddRange(prompts.Select((prompt, i) => new HumanReview
        {
            RunId = runId,
            PromptId = prompt,
            MethodA = AggregationMethod.FusionOfN,
            MethodB = AggregationMethod.BestOfN,
            ReviewerId = reviewerId,
            Verdict = verdicts[i],
            CreatedAt = DateTimeOffset.UtcNow,
        }));
        await db.SaveChangesAsync();
    }
}
