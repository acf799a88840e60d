using FusionStudio.Data.Identity;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

/// <summary>
/// The demo run, as a new user finds it: its report with a whole test-time-scaling curve (BoN@k and FusioN@k for
/// k = 1 to N), a blind review by keyboard, and an export.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DemoRunBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "curve@example.test";
    private const string Password = "correct-horse-battery";

    [Fact]
    public async Task The_demo_report_shows_bon_and_fusion_points_for_every_k()
    {
        await using var app = FusionApp.OnSqlite().With("Demo:Enabled", "true");
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Admin);
        var runId = await DemoRunWithAllPointsAsync(app);
        await using var session = await browser.OpenSessionAsync(output, nameof(The_demo_report_shows_bon_and_fusion_points_for_every_k));

        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}/report");

            var section = page.GetByTestId("scaling-curve");
            await Expect(section.GetByTestId("scaling-row")).ToHaveCountAsync(4);
            await Expect(section.GetByTestId("fusion-score")).Not.ToContainTextAsync(["—", "—", "—", "—"]);
            await Expect(section.Locator("svg").First).ToBeVisibleAsync();
            await Expect(section).ToContainTextAsync("BoN@k");
            await Expect(section).ToContainTextAsync("FusioN@k");
            await section.ScrollIntoViewIfNeededAsync();
            await section.ScreenshotAsync(new() { Path = Screenshots.PathFor("scaling-curve") });
            Assert.Empty(session.ConsoleErrors);
        });
    }

    [Fact]
    public async Task The_demo_run_is_reported_reviewed_by_keyboard_and_exported()
    {
        await using var app = FusionApp.OnSqlite().With("Demo:Enabled", "true");
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Member);
        var runId = await DemoRunWithAllPointsAsync(app);
        await using var session = await browser.OpenSessionAsync(output, nameof(The_demo_run_is_reported_reviewed_by_keyboard_and_exported));

        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);

            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}/report");
            var headline = page.GetByTestId("pair-headline").First;
            await Expect(headline).ToContainTextAsync("Fusion-of-N");
            await Expect(headline.GetByTestId("prompt-count")).ToContainTextAsync("12");
            await Expect(page.GetByTestId("human-reviews")).ToContainTextAsync("No reviews yet");
            await Expect(page.GetByTestId("simulated-notice")).ToContainTextAsync("say nothing about any real model");
            await session.ScreenshotAsync("demo-report");

            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}/review");
            var count = page.GetByTestId("review-count");
            await Expect(count).ToHaveTextAsync("You reviewed 0 of 12");
            await page.Keyboard.PressAsync("1");
            await Expect(count).ToHaveTextAsync("You reviewed 1 of 12");
            await page.Keyboard.PressAsync("3");
            await Expect(count).ToHaveTextAsync("You reviewed 2 of 12");
            await session.ScreenshotAsync("demo-review");

            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}/report");
            await Expect(page.GetByTestId("human-reviews").GetByTestId("review-count")).ToContainTextAsync("2");
            await Expect(page.GetByTestId("human-win-rate")).ToBeVisibleAsync();

            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}/export");
            await Expect(page.GetByTestId("export-count")).ToContainTextAsync("12");
            await session.ScreenshotAsync("demo-export");
            Assert.Empty(session.ConsoleErrors);
        });
    }

    /// <summary>Waits until the demo run has finished and every prompt has a scored FusioN@k answer for k = 1 to N.</summary>
    private static async Task<int> DemoRunWithAllPointsAsync(FusionApp app)
    {
        var run = await Eventually.ValueAsync(
            async () =>
            {
                await using var db = app.CreateDbContext();
                var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).FirstOrDefaultAsync(r => r.CreatedBy == "demo");
                if (run is null || !run.Status.IsFinished())
                {
                    return null;
                }

                var candidatesPerPrompt = run.Teachers.Sum(t => t.SampleCount);
                var scored = await db.Scores.Where(s => s.AggregateId != null).CountAsync(s => s.RunId == run.Id && s.Value != null);
                return scored == run.Counters.PromptCount * candidatesPerPrompt ? run : null;
            },
            TimeSpan.FromMinutes(3));
        return run.Id;
    }
}
