using System.Globalization;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests.Runs;

/// <summary>
/// A sweep of three runs over one dataset, compared in Chromium: one row per run against the baseline, the chart,
/// "changed verdicts only" with the database's count, and prompts numbered as the run page numbers them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CompareRunsBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "noor@example.test";
    private const string Password = "correct-horse-battery";
    private const int Prompts = 12;

    [Fact]
    public async Task A_sweep_of_three_runs_compares_each_with_the_baseline()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = FusionApp.OnPostgres(database);
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Viewer);
        var baseline = await TestRuns.CreateAsync(app, fake.BaseUrl, new TestRunShape { Prompts = Prompts });
        // New samples per run, so the judge's verdicts move from run to run as they would across fusor versions.
        var second = await TestRuns.CopyAsync(app, baseline, run => { run.Name = "sweep v2"; run.SampleOffset = SampleOffsets.Next(0); });
        var third = await TestRuns.CopyAsync(app, baseline, run => { run.Name = "sweep v3"; run.SampleOffset = SampleOffsets.Next(SampleOffsets.Next(0)); });
        foreach (var run in new[] { baseline, second, third })
        {
            await TestRuns.StartAsync(app, run);
        }

        foreach (var run in new[] { baseline, second, third })
        {
            await TestRuns.WaitUntilFinishedAsync(app, run, TimeSpan.FromMinutes(4));
        }

        var changed = await ChangedAsync(app, baseline, [second, third]);
        output.WriteLine($"{changed} shared prompts changed verdict in some run");

        await using var session = await browser.OpenSessionAsync(output, nameof(A_sweep_of_three_runs_compares_each_with_the_baseline));
        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            await AppPages.GoToAsync(page, baseUri, $"runs/compare?a={baseline}&b={second}&b={third}");
            await Expect(page.GetByTestId("compare-pair-row")).ToHaveCountAsync(2);
            await Expect(page.GetByTestId("compare-chart").GetByTestId("chart-point")).ToHaveCountAsync(3);
            await Expect(page.GetByTestId("shared-table").Locator("tbody tr")).ToHaveCountAsync(Prompts);
            await Expect(page.GetByTestId("shared-number").First).ToHaveTextAsync("1");
            await session.ScreenshotAsync("compare-sweep-1400");

            await page.GetByTestId("changed-only").CheckAsync();
            if (changed == 0)
            {
                await Expect(page.GetByTestId("no-changed-verdicts")).ToBeVisibleAsync();
            }
            else
            {
                await Expect(page.GetByTestId("shared-table").Locator("tbody tr")).ToHaveCountAsync(Math.Min(changed, 25));
                await Expect(page.GetByTestId("shared-table").Locator(".mud-table-pagination-caption").Last)
                    .ToContainTextAsync($"of {changed.ToString(CultureInfo.InvariantCulture)}");
            }

            // The first prompt's number opens the same prompt the run page numbers so.
            await page.GetByTestId("changed-only").UncheckAsync();
            await page.GetByTestId("shared-number").First.ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/runs/{baseline}/prompts/\\d+"));

            await page.SetViewportSizeAsync(390, 844);
            await AppPages.GoToAsync(page, baseUri, $"runs/compare?a={baseline}&b={second}&b={third}");
            await Expect(page.GetByTestId("compare-chart")).ToBeVisibleAsync();
            await session.ScreenshotAsync("compare-sweep-390");
            Assert.Empty(session.ConsoleErrors);
        });
    }

    private static async Task<int> ChangedAsync(FusionApp app, int baseline, int[] others)
    {
        await using var db = app.CreateDbContext();
        var verdicts = await db.Comparisons.Where(c => (c.RunId == baseline || others.Contains(c.RunId)) && c.Final != null)
            .Select(c => new { c.RunId, c.PromptId, c.Final }).ToListAsync();
        var mine = verdicts.Where(v => v.RunId == baseline).ToDictionary(v => v.PromptId, v => v.Final);
        return mine.Count(m => verdicts.Any(v => v.RunId != baseline && v.PromptId == m.Key && v.Final != m.Value));
    }
}
