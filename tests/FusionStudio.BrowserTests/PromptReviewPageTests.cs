using System.Text.RegularExpressions;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

/// <summary>
/// The demo run's prompt table, filtered through the address, and the prompt review page of a German and an Arabic
/// prompt with the fused answer's sources shown, in light and dark theme; screenshots are left for people to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PromptReviewPageTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "reviewer@example.test";
    private const string Password = "correct-horse-battery";

    [Fact]
    public async Task A_reviewer_filters_the_table_and_reads_a_fused_answers_sources()
    {
        await using var app = FusionApp.OnSqlite().With("Demo:Enabled", "true");
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Member);
        var runId = (await Eventually.ValueAsync(
            async () =>
            {
                await using var db = app.CreateDbContext();
                return await db.Runs.AsNoTracking().FirstOrDefaultAsync();
            },
            TimeSpan.FromSeconds(60))).Id;
        await TestRuns.WaitUntilFinishedAsync(app, runId);
        await using var session = await browser.OpenSessionAsync(output, nameof(A_reviewer_filters_the_table_and_reads_a_fused_answers_sources));

        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}?lang=de&sort=Score&desc=1");
            var table = page.GetByTestId("prompt-table");
            await Expect(table.GetByTestId("row-language")).ToHaveTextAsync(["de", "de"]);
            await Expect(page.GetByTestId("score-header")).ToContainTextAsync("Score (fused answer)");
            await page.GetByTestId("prompt-table").ScrollIntoViewIfNeededAsync();
            await session.ScreenshotAsync("review-01-table-german");

            await table.Locator("tbody tr").First.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/prompts/\d+\?lang=de&sort=Score&desc=1&at=0$"));
            await ShowSourcesAsync(page);
            await session.ScreenshotAsync("review-02-prompt-german-light");
            await Expect(page.GetByTestId("next-prompt")).ToHaveAttributeAsync("href", new Regex(@"\?lang=de&sort=Score&desc=1&at=1$"));

            await page.GetByTestId("theme-toggle").ClickAsync();
            await page.Mouse.MoveAsync(700, 600);
            await session.ScreenshotAsync("review-03-prompt-german-dark");

            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}?lang=ar");
            await Expect(page.GetByTestId("prompt-table").GetByTestId("row-language")).ToHaveTextAsync(["ar", "ar"]);
            await page.GetByTestId("prompt-table").Locator("tbody tr").First.ClickAsync();
            await ShowSourcesAsync(page);
            await Expect(page.GetByTestId("prompt-text")).ToHaveAttributeAsync("dir", "auto");
            await session.ScreenshotAsync("review-04-prompt-arabic-dark");
            await page.GetByTestId("theme-toggle").ClickAsync();
            await page.Mouse.MoveAsync(700, 600);
            await session.ScreenshotAsync("review-05-prompt-arabic-light");

            Assert.True(session.ConsoleErrors.Count == 0, $"Console errors:\n{string.Join("\n", session.ConsoleErrors)}");
        });
    }

    private static async Task ShowSourcesAsync(IPage page)
    {
        await AppPages.WaitUntilInteractiveAsync(page);
        await Expect(page.GetByTestId("aggregate-text").First).ToBeVisibleAsync();
        await page.GetByTestId("show-sources").ClickAsync();
        await Expect(page.GetByTestId("attribution-legend")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("attributed-text")).ToBeVisibleAsync();
    }
}
