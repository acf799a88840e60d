using System.Text.RegularExpressions;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using FusionStudio.Web.LogImports;
using FusionStudio.Web.Runs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests.Routing;

/// <summary>A member trains a router on the shared routing logs in the browser and reads its quality–cost chart.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RoutersBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "ruth@example.test";
    private const string Password = "correct-horse-battery";

    [Fact]
    public async Task A_member_trains_a_router_on_the_routing_logs_and_opens_its_chart()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = FusionApp.OnPostgres(database);
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Member);
        await ImportSampleAsync(app);
        await using var session = await browser.OpenSessionAsync(output, nameof(A_member_trains_a_router_on_the_routing_logs_and_opens_its_chart));

        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            await AppPages.NavLink(page, "Routers").ClickAsync();
            await Expect(AppPages.Heading(page, "Routers")).ToBeVisibleAsync();
            await AppPages.WaitUntilInteractiveAsync(page);

            await page.GetByTestId("router-name").FillAsync("shared logs");
            await page.GetByTestId("source-run").First.ClickAsync();
            await page.GetByTestId("router-algorithm").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "Per-task best model" }).ClickAsync();
            await page.GetByTestId("train-router").ClickAsync();

            await Expect(page).ToHaveURLAsync(new Regex(@"/routers/\d+$"), new() { Timeout = 60_000 });
            await Expect(page.GetByTestId("quality-cost-chart")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("model-point")).ToHaveCountAsync(RoutingLogSample.Models);
            await Expect(page.GetByTestId("matched-point")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("cost-match")).ToContainTextAsync("llama-3.3-70b-instruct");
            await Expect(page.GetByTestId("scenario-table").First.GetByTestId("evaluation-row")).ToHaveCountAsync(RoutingLogSample.Models + 3);
            await session.ScreenshotAsync("routers-01-chart");

            await AppPages.NavLink(page, "Routers").ClickAsync();
            await Expect(page.GetByTestId("router-link")).ToHaveTextAsync("shared logs v1");
            Assert.True(session.ConsoleErrors.Count == 0, $"Console errors:\n{string.Join("\n", session.ConsoleErrors)}");
        });
    }

    private static async Task ImportSampleAsync(FusionApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<LogImporter>();
        var member = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity(
            [new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Name, Email), new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.Role, AppRoles.Member)], "test"));
        await using var file = RoutingLogSample.Open();
        var result = await importer.ImportAsync(
            file, RoutingLogSample.FileName, new RunPlan { Methods = [AggregationMethod.Random], Pairs = [] }, member, RoutingLogSample.Prices);
        Assert.True(result.Succeeded, string.Join(" ", result.FileErrors));
    }
}
