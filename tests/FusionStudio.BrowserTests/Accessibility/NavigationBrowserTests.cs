using System.Text.RegularExpressions;
using FusionStudio.BrowserTests.Accessibility;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

/// <summary>
/// Finding your way: the sidebar says where you are, the prompt page moves with j / k, the paste box counts while
/// you type, and templates are edited in a monospace font.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "nav@example.test";
    private const string Password = "correct-horse-battery";

    [Fact]
    public async Task The_sidebar_keys_paste_count_and_template_editor_help_a_person_along()
    {
        await using var app = FusionApp.OnSqlite().With("Demo:Enabled", "true");
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Admin);
        var workspace = await DemoWorkspace.LoadAsync(app);
        await using var session = await browser.OpenSessionAsync(output, nameof(The_sidebar_keys_paste_count_and_template_editor_help_a_person_along));

        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);

            // Runs is lit on a run's report, as it is on the runs list.
            await TourPage.OpenAsync(page, baseUri, workspace.Pages.Single(p => p.Name == "report").Path);
            var runs = AppPages.NavLink(page, "Runs");
            var lit = await runs.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            await TourPage.OpenAsync(page, baseUri, "datasets");
            Assert.NotEqual(lit, await runs.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
            await Expect(AppPages.NavLink(page, "Templates")).ToBeVisibleAsync();

            // j and k move through the run's prompts, as in the blind review.
            await TourPage.OpenAsync(page, baseUri, workspace.Pages.Single(p => p.Name == "prompt").Path);
            await Expect(AppPages.Heading(page, "Prompt 1")).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("j");
            await Expect(AppPages.Heading(page, "Prompt 2")).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("k");
            await Expect(AppPages.Heading(page, "Prompt 1")).ToBeVisibleAsync();

            // The paste box counts while the prompts are typed, before the field loses focus.
            await TourPage.OpenAsync(page, baseUri, "datasets/new");
            var paste = page.Locator("textarea[data-testid=pasted-prompts]");
            await paste.PressSequentiallyAsync("What is 2 + 2?\n\nName three rivers\n");
            await Expect(page.GetByText(new Regex(@"^2 prompts\."))).ToBeVisibleAsync();

            // Template texts are edited in monospace.
            await TourPage.OpenAsync(page, baseUri, "prompts/new");
            var font = await page.Locator("textarea[data-testid=user-text], [data-testid=user-text] textarea").First.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily");
            Assert.Contains("monospace", font, StringComparison.Ordinal);
            Assert.True(session.ConsoleErrors.Count == 0, $"Console errors:\n{string.Join("\n", session.ConsoleErrors)}");
        });
    }
}
