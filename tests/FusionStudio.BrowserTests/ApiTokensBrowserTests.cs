using System.Net;
using System.Net.Http.Headers;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ApiTokensBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Password = "correct-horse-battery";

    [Fact]
    public async Task A_member_creates_a_token_from_the_user_menu_and_calls_the_api_with_it()
    {
        await using var app = FusionApp.OnSqlite();
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync("mia@example.test", Password, AppRoles.Member);
        await using var session = await browser.OpenSessionAsync(output, nameof(A_member_creates_a_token_from_the_user_menu_and_calls_the_api_with_it));

        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, "mia@example.test", Password);
            await AppPages.WaitUntilInteractiveAsync(page);
            await page.Locator(".fs-user-chip").ClickAsync();
            await page.GetByTestId("api-tokens-link").ClickAsync();
            await Expect(AppPages.Heading(page, "API tokens")).ToBeVisibleAsync();
            await AppPages.WaitUntilInteractiveAsync(page);

            await page.GetByLabel("Name").FillAsync("nightly export");
            await page.GetByTestId("create-token").ClickAsync();
            var secretField = page.Locator("[data-testid=token-secret]").Locator("xpath=descendant-or-self::input").First;
            await Expect(secretField).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^fs_"));
            var secret = await secretField.InputValueAsync();
            await session.ScreenshotAsync("api-tokens-created-dialog");

            await page.GetByTestId("close-token-dialog").ClickAsync();
            await Expect(page.GetByTestId("token-table")).ToContainTextAsync("nightly export");
            await Expect(page.GetByTestId("token-table")).ToContainTextAsync(secret[..10] + "…");

            using var client = new HttpClient { BaseAddress = baseUri };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

            await page.ReloadAsync();
            await AppPages.WaitUntilInteractiveAsync(page);
            await Expect(page.GetByTestId("token-status")).ToHaveTextAsync("Active");
            await Expect(page.GetByTestId("token-table")).ToContainTextAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Assert.DoesNotContain(secret, await page.ContentAsync(), StringComparison.Ordinal);
            await session.ScreenshotAsync("api-tokens-list");

            Assert.Empty(session.ConsoleErrors);
        });
    }
}
