using FusionStudio.Data.Identity;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

/// <summary>
/// A prompt whose first generation call was rate limited once and retried, and whose other teacher always fails:
/// the prompt page's Calls tab lists every call in order with its attempts and error, and opens one to the exact
/// messages sent and the answer received.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CallTraceBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "tracer@example.test";
    private const string Password = "correct-horse-battery";

    [Fact]
    public async Task The_calls_tab_shows_a_retried_429_and_a_failure()
    {
        await using var models = await FakeOpenAiServer.StartAsync();
        await using var app = FusionApp.OnSqlite().With("Gateway:BaseDelay", "00:00:00.050").With("Gateway:MaxRetries", "2");
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Member);
        var runId = await TestRuns.CreateAsync(app, models.BaseUrl, new TestRunShape
        {
            Prompts = 1,
            TeacherModels = ["sim-concise#fault=429:1", "sim-detailed#fault=500"],
            Methods = [AggregationMethod.BestOfN],
        });
        await TestRuns.StartAsync(app, runId);
        Assert.Equal(RunStatus.CompletedWithFailures, (await TestRuns.WaitUntilFinishedAsync(app, runId)).Status);
        await using var db = app.CreateDbContext();
        var promptId = await db.RunPrompts.Where(p => p.RunId == runId).Select(p => p.PromptId).SingleAsync();
        var calls = await db.ModelCalls.CountAsync(c => c.RunId == runId && c.PromptId == promptId);
        await using var session = await browser.OpenSessionAsync(output, nameof(The_calls_tab_shows_a_retried_429_and_a_failure));

        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}/prompts/{promptId}");
            await AppPages.WaitUntilInteractiveAsync(page);
            await page.GetByRole(Microsoft.Playwright.AriaRole.Tab, new() { Name = $"Calls ({calls})" }).ClickAsync();

            var rows = page.GetByTestId("call-summary");
            await Expect(rows).ToHaveCountAsync(calls);
            var retried = rows.Filter(new() { HasText = "sim-concise" });
            await Expect(retried.GetByTestId("call-attempts")).ToHaveTextAsync("2 attempts");
            var failed = rows.Filter(new() { HasText = "sim-detailed" });
            await Expect(failed.GetByTestId("call-error")).ToContainTextAsync("HTTP 500");
            await Expect(failed.GetByTestId("call-attempts")).ToHaveTextAsync("3 attempts");

            await retried.ClickAsync();
            var opened = page.GetByTestId("call").Filter(new() { HasText = "sim-concise" });
            await Expect(opened.GetByTestId("call-message").Last).ToContainTextAsync("How does topic number 0 work");
            await Expect(opened.Locator(".mud-collapse-entered")).ToHaveCountAsync(1);
            await Expect(opened.GetByTestId("call-response")).ToBeVisibleAsync();
            await Expect(opened.GetByTestId("call-response")).Not.ToBeEmptyAsync();
            await session.ScreenshotAsync("calls-01-trace");

            Assert.True(session.ConsoleErrors.Count == 0, $"Console errors:\n{string.Join("\n", session.ConsoleErrors)}");
        });
    }
}
