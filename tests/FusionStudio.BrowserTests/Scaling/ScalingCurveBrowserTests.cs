using FusionStudio.Data.Identity;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests.Scaling;

/// <summary>The demo run's report shows a whole test-time-scaling curve: BoN@k and FusioN@k for k = 1 to N.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScalingCurveBrowserTests(BrowserFixture browser, ITestOutputHelper output)
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
                var scored = await db.AggregateScores.CountAsync(s => s.RunId == run.Id && s.Score != null);
                return scored == run.Counters.PromptCount * candidatesPerPrompt ? run : null;
            },
            TimeSpan.FromMinutes(3));
        return run.Id;
    }
}
