using FusionStudio.BrowserTests.Accessibility;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

/// <summary>
/// Every page on a 390 px phone screen, light and dark: nothing runs off the right edge unless it scrolls in a
/// labelled area, the user menu shows whole, and the run page's cards have no empty rows. Each page is photographed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SmallScreenTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "phone@example.test";
    private const string Password = "correct-horse-battery";

    [Fact]
    public async Task Every_page_fits_a_390px_screen()
    {
        await using var app = FusionApp.OnSqlite().With("Demo:Enabled", "true");
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Admin);
        var workspace = await DemoWorkspace.LoadAsync(app);
        await using var session = await browser.OpenSessionAsync(output, nameof(Every_page_fits_a_390px_screen));
        var failures = new List<string>();

        await session.RunAsync(async page =>
        {
            await page.SetViewportSizeAsync(390, 844);
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            foreach (var theme in new[] { "light", "dark" })
            {
                await ThemeCookie.SetAsync(page, baseUri, theme);
                foreach (var (name, path) in workspace.Pages)
                {
                    await TourPage.OpenAsync(page, baseUri, path);
                    var offScreen = await Overflow.OffScreenAsync(page);
                    foreach (var line in offScreen)
                    {
                        output.WriteLine($"off screen on {name}-{theme}: {line}");
                        failures.Add($"{name}-{theme}: {line}");
                    }

                    await session.ScreenshotAsync($"phone-{name}-{theme}");
                }
            }

            // The user menu's button shows whole inside the app bar.
            var menu = page.GetByTestId("user-menu").GetByRole(AriaRole.Button);
            await Expect(menu).ToBeInViewportAsync(new() { Ratio = 1 });

            // A prompt card lists what it has: an "Error" row only where the prompt failed.
            await TourPage.OpenAsync(page, baseUri, workspace.Pages.Single(p => p.Name == "run").Path);
            var rows = page.GetByTestId("prompt-table").Locator("tbody tr");
            await Expect(rows.First).ToBeVisibleAsync();
            await Expect(page.GetByTestId("prompt-table").Locator("td[data-label=Error]:visible")).ToHaveCountAsync(0);
        });

        Assert.True(failures.Count == 0, "Wider than a 390 px screen:\n" + string.Join("\n", failures));
    }
}
