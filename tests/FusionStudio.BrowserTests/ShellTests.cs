using System.Text.RegularExpressions;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ShellTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Password = "correct-horse-battery";

    private static readonly string[] _adminNavigation = ["Runs", "New run", "Datasets", "Providers", "Teacher pools", "Templates", "Routers", "Thought templates", "Recipes", "Admin"];

    [Fact]
    public async Task Admin_logs_in_and_sees_the_shell()
    {
        await using var app = FusionApp.OnSqlite();
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync("ada@example.test", Password, AppRoles.Admin);
        await using var session = await browser.OpenSessionAsync(output, nameof(Admin_logs_in_and_sees_the_shell));

        await session.RunAsync(async page =>
        {
            await page.GotoAsync(baseUri.ToString());
            await Expect(page).ToHaveURLAsync(new Regex("/account/login"));

            await AppPages.SubmitLoginAsync(page, "ada@example.test", Password);
            await AppPages.WaitUntilInteractiveAsync(page);

            await Expect(page).ToHaveURLAsync(baseUri.ToString());
            await Expect(AppPages.AppBar(page)).ToContainTextAsync("FusionStudio");
            foreach (var link in _adminNavigation)
            {
                await Expect(AppPages.NavLink(page, link)).ToBeVisibleAsync();
            }

            await Expect(AppPages.Heading(page, "Runs")).ToBeVisibleAsync();

            var light = await AppPages.BackgroundColorAsync(page);
            Assert.True(CssColor.Brightness(light) > 128, $"The default theme should be light, but the background is {light}.");

            await page.GetByTestId("theme-toggle").ClickAsync();
            await Expect(page.Locator("body")).Not.ToHaveCSSAsync("background-color", light);
            var dark = await AppPages.BackgroundColorAsync(page);
            Assert.True(CssColor.Brightness(dark) < 128, $"The dark theme should be dark, but the background is {dark}.");
            var cookies = await page.Context.CookiesAsync();
            Assert.Equal("dark", cookies.Single(c => c.Name == "fusionstudio.theme").Value);

            // The server renders the chosen theme from the start: dark before the page is interactive, and after.
            await page.ReloadAsync(new() { WaitUntil = WaitUntilState.DOMContentLoaded });
            Assert.Equal(dark, await AppPages.BackgroundColorAsync(page));
            await AppPages.WaitUntilInteractiveAsync(page);
            await Expect(page.Locator("body")).ToHaveCSSAsync("background-color", dark);

            Assert.Empty(session.ConsoleErrors);
        });
    }

    [Fact]
    public async Task Viewer_does_not_see_admin_navigation()
    {
        await using var app = FusionApp.OnSqlite();
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync("vera@example.test", Password, AppRoles.Viewer);
        await using var session = await browser.OpenSessionAsync(output, nameof(Viewer_does_not_see_admin_navigation));

        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, "vera@example.test", Password);

            // The links a viewer does get are there first, so the missing ones are not merely still loading.
            await Expect(AppPages.NavLink(page, "Datasets")).ToBeVisibleAsync();
            await Expect(AppPages.Heading(page, "Runs")).ToBeVisibleAsync();
            await Expect(AppPages.NavLink(page, "Admin")).ToHaveCountAsync(0);
            await Expect(AppPages.NavLink(page, "New run")).ToHaveCountAsync(0);
            await Expect(page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "New run" })).ToHaveCountAsync(0);

            await page.GotoAsync(new Uri(baseUri, "admin").ToString());
            await Expect(page.GetByText("Your role does not allow this page.")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("user-table")).ToHaveCountAsync(0);
            await Expect(page.GetByText("Workers and queue")).ToHaveCountAsync(0);
        });
    }
}
