using FusionStudio.BrowserTests.Accessibility;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

/// <summary>
/// WCAG 2.1 AA as axe-core checks it: every page, in the light and the dark theme, has no critical or serious
/// violation. Each page is also photographed, for people to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "a11y@example.test";
    private const string Password = "correct-horse-battery";

    [Fact]
    public async Task Every_page_has_no_serious_axe_violation_in_either_theme()
    {
        await using var app = FusionApp.OnSqlite().With("Demo:Enabled", "true");
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Admin);
        var workspace = await DemoWorkspace.LoadAsync(app);
        await using var session = await browser.OpenSessionAsync(output, nameof(Every_page_has_no_serious_axe_violation_in_either_theme));
        var failures = new List<string>();

        await session.RunAsync(async page =>
        {
            foreach (var theme in new[] { "light", "dark" })
            {
                await ThemeCookie.SetAsync(page, baseUri, theme);
                await page.GotoAsync(new Uri(baseUri, AppPages.LoginPath).ToString());
                await Expect(page.Locator("#email")).ToBeVisibleAsync();
                await AuditAsync(session, $"login-{theme}", failures);
            }

            await AppPages.LogInAsync(page, baseUri, Email, Password);
            foreach (var theme in new[] { "light", "dark" })
            {
                await ThemeCookie.SetAsync(page, baseUri, theme);
                foreach (var (name, path) in workspace.Pages)
                {
                    await TourPage.OpenAsync(page, baseUri, path);
                    await AuditAsync(session, $"{name}-{theme}", failures);
                }
            }
        });

        Assert.True(failures.Count == 0, "Critical or serious axe violations:\n" + string.Join("\n", failures));
    }

    private async Task AuditAsync(BrowserSession session, string name, List<string> failures)
    {
        // Screen readers jump to the page's content by its one main landmark.
        await Expect(session.Page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        var violations = await AxeAudit.BlockingViolationsAsync(session.Page);
        var critical = violations.Count(v => v.Impact == "critical");
        output.WriteLine($"axe {name}: {critical} critical, {violations.Count - critical} serious");
        if (violations.Count > 0)
        {
            failures.Add($"{name}:");
            failures.AddRange(AxeAudit.Describe(violations));
        }

        await session.ScreenshotAsync($"a11y-{name}");
    }
}
