using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using FusionStudio.Web.Security.ApiTokens;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

/// <summary>A Member makes a recipe in the Recipes form, sees it listed, and an application calls it as a model.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RecipesBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Password = "correct-horse-battery";

    // The demo workspace's pool and fusor, as the form lists them.
    private const string PoolName = "Demo pool: four styles";
    private const string FusorName = "Fusor (simulated)";

    [Fact]
    public async Task A_member_creates_a_recipe_in_the_form_sees_it_listed_and_it_answers_as_a_model()
    {
        await using var app = FusionApp.OnSqlite().With("Demo:Enabled", "true");
        var baseUri = app.StartKestrel();
        var member = await app.CreateUserAsync("rui@example.test", Password, AppRoles.Member);
        await using var session = await browser.OpenSessionAsync(output, nameof(A_member_creates_a_recipe_in_the_form_sees_it_listed_and_it_answers_as_a_model));

        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, "rui@example.test", Password);
            await AppPages.GoToAsync(page, baseUri, "/recipes");
            await AppPages.WaitUntilInteractiveAsync(page);

            await page.GetByLabel("Model name").FillAsync("team-fusion");
            await ChooseAsync(page, page.GetByTestId("recipe-pool"), PoolName);
            await ChooseAsync(page, page.GetByTestId("recipe-fusor"), FusorName);
            await page.GetByTestId("recipe-save").ClickAsync();

            var row = page.GetByTestId("recipe-table").Locator("tbody tr", new() { HasText = "team-fusion" });
            await Expect(row).ToContainTextAsync("FusioN");
            await Expect(row).ToContainTextAsync("v1");
            await Expect(row).ToContainTextAsync(FusorName);
            await session.ScreenshotAsync("recipes-created");
            Assert.Empty(session.ConsoleErrors);
        });

        var tokens = app.Services.GetRequiredService<ApiTokenStore>();
        var token = (await tokens.CreateAsync(member.Id, new ApiTokenRequest("app", null) { ServingOnly = true })).Created!.Secret.Value;
        using var client = new HttpClient { BaseAddress = baseUri };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.PostAsJsonAsync("/v1/chat/completions", new
        {
            model = "team-fusion",
            messages = new[] { new { role = "user", content = "Why is the sky blue?" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("team-fusion", body.GetProperty("model").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()));
        Assert.True(body.GetProperty("usage").GetProperty("total_tokens").GetInt32() > 0);
    }

    private static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        var list = page.Locator(".mud-popover-open:has(.mud-list)");
        await list.GetByText(option, new() { Exact = true }).ClickAsync();
        await Expect(list).ToHaveCountAsync(0);
    }
}
