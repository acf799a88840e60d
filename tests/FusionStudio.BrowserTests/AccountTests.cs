using System.Text.RegularExpressions;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class AccountTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Password = "correct-horse-battery";

    [Fact]
    public async Task Wrong_password_shows_an_error_and_stays_on_login()
    {
        await using var app = FusionApp.OnSqlite();
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync("max@example.test", Password, AppRoles.Member);
        await using var session = await browser.OpenSessionAsync(output, nameof(Wrong_password_shows_an_error_and_stays_on_login));

        await session.RunAsync(async page =>
        {
            await page.GotoAsync(new Uri(baseUri, AppPages.LoginPath).ToString());
            await AppPages.SubmitLoginAsync(page, "max@example.test", "not-the-password");

            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The email or password is wrong, or the account is locked for a while after too many attempts.");
            await Expect(page).ToHaveURLAsync(new Regex("/account/login"));
            await Expect(page.Locator("#password")).ToBeVisibleAsync();
            var cookies = await page.Context.CookiesAsync();
            Assert.DoesNotContain(cookies, cookie => cookie.Name == "FusionStudio.Auth");
        });
    }

    [Fact]
    public async Task First_visitor_creates_the_admin_on_setup()
    {
        await using var app = FusionApp.OnSqlite();
        var baseUri = app.StartKestrel();
        await using var session = await browser.OpenSessionAsync(output, nameof(First_visitor_creates_the_admin_on_setup));

        await session.RunAsync(async page =>
        {
            await page.GotoAsync(baseUri.ToString());
            await Expect(page).ToHaveURLAsync(new Regex("/account/setup$"));
            await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Create the admin account" })).ToBeVisibleAsync();

            await page.Locator("#name").FillAsync("Grace Hopper");
            await page.Locator("#email").FillAsync("grace@example.test");
            await page.Locator("#password").FillAsync(Password);
            await page.Locator("#confirm").FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Create admin and log in" }).ClickAsync();
            await AppPages.WaitUntilInteractiveAsync(page);

            await Expect(page).ToHaveURLAsync(baseUri.ToString());
            await Expect(AppPages.Heading(page, "Runs")).ToBeVisibleAsync();
            await Expect(AppPages.AppBar(page)).ToContainTextAsync("grace@example.test");
            await Expect(AppPages.NavLink(page, "Admin")).ToBeVisibleAsync();
        });
    }
}
