using FusionStudio.Data.Identity;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

/// <summary>The runs list answers "which run was that": names on one line, dataset and pool, search.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RunListBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "rhea@example.test";
    private const string Password = "correct-horse-battery";
    private const string LongName = "Fusor prompt sweep, version three, judged by the large model, with a name long enough to wrap into three lines";

    [Fact]
    public async Task Long_names_stay_on_one_line_and_the_search_finds_a_run_by_name()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = FusionApp.OnPostgres(database);
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Member);
        var first = await TestRuns.CreateAsync(app, fake.BaseUrl, new TestRunShape { Prompts = 3 });
        var second = await TestRuns.CreateAsync(app, fake.BaseUrl, new TestRunShape { Prompts = 3 });
        await TestRuns.StartAsync(app, second);
        await TestRuns.WaitUntilFinishedAsync(app, second);
        await using (var db = app.CreateDbContext())
        {
            await db.Runs.Where(r => r.Id == first).ExecuteUpdateAsync(set => set.SetProperty(r => r.Name, LongName).SetProperty(r => r.Note, "Fusor v3: better on Arabic, longer answers"));
        }

        await using var session = await browser.OpenSessionAsync(output, nameof(Long_names_stay_on_one_line_and_the_search_finds_a_run_by_name));
        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            await AppPages.GoToAsync(page, baseUri, "runs");
            await Expect(page.GetByTestId("run-name")).ToHaveCountAsync(2);
            await AppPages.WaitUntilInteractiveAsync(page);

            var name = page.GetByTestId("run-name").Filter(new() { HasText = "Fusor prompt sweep" });
            var box = await name.BoundingBoxAsync();
            var lineHeight = await name.EvaluateAsync<float>("e => parseFloat(getComputedStyle(e).lineHeight) || 24");
            Assert.True(box!.Height < 1.5 * lineHeight, $"the name takes {box.Height} px at a line height of {lineHeight} px");
            await Expect(name).ToHaveAttributeAsync("title", LongName);
            await Expect(page.GetByTestId("run-note")).ToHaveTextAsync("Fusor v3: better on Arabic, longer answers");
            await session.ScreenshotAsync("runs-list-1400");
            // Every column fits a laptop screen: none hides past the table's right edge.
            var table = await page.GetByTestId("run-table").Locator(".mud-table-container").EvaluateAsync<int[]>("e => [e.scrollWidth, e.clientWidth]");
            var columns = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[data-testid=run-table] th')].map(t => t.textContent.trim() + ' ' + Math.round(t.getBoundingClientRect().width))");
            Assert.True(table[0] <= table[1], $"the runs table is {table[0]} px wide in {table[1]} px: {string.Join(", ", columns)}");
            Assert.Empty(await FusionStudio.BrowserTests.Accessibility.Overflow.OffScreenAsync(page));

            // The finished run's headline is its report's: the same win rate and interval of the first pair.
            var finished = page.GetByTestId("run-table").Locator("tbody tr").Filter(new() { Has = page.Locator($"a[href='/runs/{second}']") });
            await Expect(finished.GetByTestId("run-win-rate")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+\.\d%$"));
            var winRate = await finished.GetByTestId("run-win-rate").TextContentAsync();
            var interval = await finished.GetByTestId("run-win-rate-interval").TextContentAsync();
            await Expect(page.GetByTestId("run-table").Locator("tbody tr").Filter(new() { HasText = "Fusor prompt sweep" }).GetByTestId("run-headline")).ToHaveTextAsync("—");
            await AppPages.GoToAsync(page, baseUri, $"runs/{second}/report");
            await Expect(page.GetByTestId("win-rate").First).ToHaveTextAsync(winRate!.Trim());
            await Expect(page.GetByTestId("win-rate-interval").First).ToContainTextAsync(interval!.Split('·')[0].Trim());
            await AppPages.GoToAsync(page, baseUri, "runs");

            await page.Locator("input[data-testid=run-search], [data-testid=run-search] input").First.FillAsync("version three");
            await Expect(page.GetByTestId("run-name")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("run-list-shown")).ToHaveTextAsync("1 of 2 runs");

            await page.SetViewportSizeAsync(390, 844);
            await session.ScreenshotAsync("runs-list-390");
            Assert.True(session.ConsoleErrors.Count == 0, $"Console errors:\n{string.Join("\n", session.ConsoleErrors)}");
        });
    }
}
