using System.Text.RegularExpressions;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

/// <summary>Every page of the demo workspace, as an admin sees it; screenshots are left for people to look at.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTourTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "tour@example.test";
    private const string Password = "correct-horse-battery";

    [Fact]
    public async Task Every_page_renders_for_an_admin()
    {
        // The demo's own admin has a random password printed once; this test brings its own.
        await using var app = FusionApp.OnSqlite().With("Demo:Enabled", "true");
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Admin);
        await using var session = await browser.OpenSessionAsync(output, nameof(Every_page_renders_for_an_admin));
        output.WriteLine($"Screenshots folder: {Screenshots.Folder}");

        await session.RunAsync(async page =>
        {
            await page.GotoAsync(new Uri(baseUri, AppPages.LoginPath).ToString());
            await Expect(page.Locator("#email")).ToBeVisibleAsync();
            await session.ScreenshotAsync("login");
            await AppPages.LogInAsync(page, baseUri, Email, Password);

            await VisitAsync(session, baseUri, "", "runs", "Runs", async () =>
                await Expect(page.GetByTestId("run-table")).ToContainTextAsync("Demo run: Fusion-of-N vs Best-of-N"));

            await VisitAsync(session, baseUri, "datasets", "datasets", "Datasets", async () =>
            {
                var table = page.GetByTestId("dataset-table");
                await Expect(table).ToContainTextAsync("Demo: multilingual questions");
                await Expect(table.Locator("tbody tr")).ToHaveCountAsync(1);
                await Expect(table.Locator("tbody tr td[data-label=Prompts]")).ToHaveTextAsync("12");
            });

            await VisitAsync(session, baseUri, "providers", "providers", "Providers", async () =>
                await Expect(page.GetByTestId("provider-table")).ToContainTextAsync("Simulated (offline demo)"));

            await VisitAsync(session, baseUri, "pools", "pools", "Teacher pools", async () =>
            {
                await Expect(page.GetByTestId("pool-card")).ToContainTextAsync("Demo pool: four styles");
                await Expect(page.GetByTestId("teacher-table").Locator("tbody tr")).Not.ToHaveCountAsync(0);
            });

            await VisitAsync(session, baseUri, "prompts", "prompts", "Templates", async () =>
            {
                var fusor = page.GetByTestId("prompt-template").Filter(new LocatorFilterOptions { HasText = "Fusion-of-N (default)" });
                await Expect(fusor).ToBeVisibleAsync();
                // Opening a template shows its text: the page answers clicks, not just renders.
                await fusor.GetByText("Fusion-of-N (default)").ClickAsync();
                await Expect(fusor).ToHaveClassAsync(new Regex("mud-panel-expanded"));
                // The text sits in the page, clipped to nothing, until the panel has finished opening.
                await Expect(fusor.Locator(".mud-collapse-container")).ToHaveClassAsync(new Regex("mud-collapse-entered"));
                await Expect(fusor.Locator("pre.fs-template").First).ToBeInViewportAsync();
            });

            await VisitAsync(session, baseUri, "admin", "admin", "Admin", async () =>
            {
                var users = page.GetByTestId("user-table");
                await Expect(users).ToContainTextAsync(Email);
                await Expect(users).ToContainTextAsync("admin@fusionstudio.local");
                await Expect(page.GetByText("Workers and queue")).ToBeVisibleAsync();
                await Expect(page.GetByTestId("queue-stats")).ToBeVisibleAsync();
            });

            await AppPages.GoToAsync(page, baseUri, "");
            var light = await AppPages.BackgroundColorAsync(page);
            await page.GetByTestId("theme-toggle").ClickAsync();
            await Expect(page.Locator("body")).Not.ToHaveCSSAsync("background-color", light);
            // The tooltip of the toggle would cover the app bar in the picture.
            await page.Mouse.MoveAsync(700, 600);
            await session.ScreenshotAsync("runs-dark");
            Assert.Empty(session.ConsoleErrors);
        });
    }

    /// <summary>Loads a page, checks its own content, that nothing failed, and keeps a screenshot.</summary>
    private static async Task VisitAsync(BrowserSession session, Uri baseUri, string path, string screenshot, string heading, Func<Task> checkContent)
    {
        var page = session.Page;
        await AppPages.GoToAsync(page, baseUri, path);
        await Expect(AppPages.Heading(page, heading)).ToBeVisibleAsync();
        await checkContent();
        await Expect(page.Locator("#blazor-error-ui")).Not.ToBeVisibleAsync();
        // Finished loading: no indeterminate loading bar left (progress bars of runs are content, and stay).
        await Expect(page.Locator(".mud-progress-indeterminate")).ToHaveCountAsync(0);
        await session.ScreenshotAsync(screenshot);
        Assert.True(session.ConsoleErrors.Count == 0, $"Console errors on /{path}:\n{string.Join("\n", session.ConsoleErrors)}");
    }
}
