using System.Text.RegularExpressions;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using FusionStudio.Web.Security.Sessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

/// <summary>Open pages lose their rights with the account: a demoted person's page goes to login, and so does a copied cookie after logout.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SessionEndBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "member@example.test";
    private const string Password = "correct-horse-battery";

    [Fact]
    public async Task An_open_page_of_a_demoted_member_is_sent_to_login()
    {
        await using var app = FusionApp.OnSqlite().With("Sessions:CircuitRevalidationInterval", "00:00:01");
        var baseUri = app.StartKestrel();
        var member = await app.CreateUserAsync(Email, Password, AppRoles.Member);
        await app.CreateUserAsync("admin@example.test", Password, AppRoles.Admin);
        await using var session = await browser.OpenSessionAsync(output, nameof(An_open_page_of_a_demoted_member_is_sent_to_login));

        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            await AppPages.GoToAsync(page, baseUri, "datasets");
            await Expect(AppPages.Heading(page, "Datasets")).ToBeVisibleAsync();

            await using (var scope = app.Services.CreateAsyncScope())
            {
                Assert.Null(await scope.ServiceProvider.GetRequiredService<UserAccessCommands>().ChangeRoleAsync(member.Id, AppRoles.Viewer));
            }

            // The circuit re-checks its account every second; the page then leaves for login on its own.
            await Expect(page).ToHaveURLAsync(new Regex("/account/login"), new() { Timeout = 15_000 });
        });
    }

    [Fact]
    public async Task Logging_out_from_the_menu_ends_a_copy_of_the_cookie_too()
    {
        await using var app = FusionApp.OnSqlite();
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Member);
        await using var session = await browser.OpenSessionAsync(output, nameof(Logging_out_from_the_menu_ends_a_copy_of_the_cookie_too));

        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            var captured = await page.Context.CookiesAsync();

            await page.GetByTestId("user-menu").ClickAsync();
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Log out" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex("/account/login"));

            await using var other = await page.Context.Browser!.NewContextAsync();
            await other.AddCookiesAsync(captured.Select(c => new Cookie { Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path }));
            var copy = await other.NewPageAsync();
            await copy.GotoAsync(baseUri.ToString());
            await Expect(copy).ToHaveURLAsync(new Regex("/account/login"));
        });
    }
}
