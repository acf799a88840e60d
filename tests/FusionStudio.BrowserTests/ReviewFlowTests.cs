using System.Text.RegularExpressions;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;
using FusionStudio.Web.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

/// <summary>
/// Blind review of a finished run, by keyboard only: once the page is open, every vote and every move is a key press.
/// The run itself is made by the app's workers against the fake model server, on PostgreSQL.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewFlowTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "rey@example.test";
    private const string Password = "correct-horse-battery";
    private const int Prompts = 6;

    [Fact]
    public async Task A_member_reviews_five_prompts_with_the_keyboard_and_sees_the_human_win_rate()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = FusionApp.OnPostgres(database).With("Gateway:BaseDelay", "00:00:00.050");
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Member);
        var runId = await TestRuns.CreateAsync(app, fake.BaseUrl, new TestRunShape
        {
            Prompts = Prompts,
            TeacherModels = ["sim-concise", "sim-stepwise"],
            Methods = [AggregationMethod.BestOfN, AggregationMethod.FusionOfN],
        });
        await TestRuns.StartAsync(app, runId);
        var run = await TestRuns.WaitUntilFinishedAsync(app, runId);
        Assert.Equal(RunStatus.Completed, run.Status);

        await using var session = await browser.OpenSessionAsync(output, nameof(A_member_reviews_five_prompts_with_the_keyboard_and_sees_the_human_win_rate));
        output.WriteLine($"Screenshots folder: {Screenshots.Folder}");
        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}/review");
            await Expect(AppPages.Heading(page, "Blind review")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("review-count")).ToHaveTextAsync($"You reviewed 0 of {Prompts}");
            await Expect(page.GetByTestId("run-section-review")).ToHaveAttributeAsync("aria-current", "page");

            string[] keys = ["1", "2", "3", "4", "1"];
            for (var i = 0; i < keys.Length; i++)
            {
                await Expect(page.GetByTestId("review-position")).ToHaveTextAsync($"Prompt {i + 1} of {Prompts}");
                await Expect(page.GetByTestId("answer-left-text")).Not.ToBeEmptyAsync();
                await Expect(page.GetByTestId("answer-right-text")).Not.ToBeEmptyAsync();
                if (i == 2)
                {
                    await SettledScreenshotAsync(session, "review-light");
                }

                await page.Keyboard.PressAsync(keys[i]);
                await Expect(page.GetByTestId("review-count")).ToHaveTextAsync($"You reviewed {i + 1} of {Prompts}");
            }

            await Expect(page.GetByTestId("review-position")).ToHaveTextAsync($"Prompt 6 of {Prompts}");
            await Expect(page.GetByTestId("reviewer-count")).ToHaveTextAsync("1 person reviewed this run");

            // k goes back to a reviewed prompt and shows the vote; j comes forward again.
            await page.Keyboard.PressAsync("k");
            await Expect(page.GetByTestId("review-position")).ToHaveTextAsync($"Prompt 5 of {Prompts}");
            await Expect(page.GetByTestId("review-voted")).ToBeVisibleAsync();
            await page.Keyboard.PressAsync("j");
            await Expect(page.GetByTestId("review-position")).ToHaveTextAsync($"Prompt 6 of {Prompts}");

            // Typing a comment that starts with a digit is typing, not voting.
            var comment = page.GetByTestId("review-comment");
            await comment.FocusAsync();
            await page.Keyboard.TypeAsync("1 and 2 both miss the point");
            await Expect(comment).ToHaveValueAsync("1 and 2 both miss the point");
            await Expect(page.GetByTestId("review-count")).ToHaveTextAsync($"You reviewed 5 of {Prompts}");
            await comment.BlurAsync();

            // The dark theme, chosen the way the theme toggle stores it.
            await page.Context.AddCookiesAsync([new Cookie { Name = "fusionstudio.theme", Value = "dark", Url = baseUri.ToString() }]);
            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}/review");
            await Expect(page.GetByTestId("review-position")).ToHaveTextAsync($"Prompt 6 of {Prompts}");
            await SettledScreenshotAsync(session, "review-dark");

            await page.SetViewportSizeAsync(720, 1000);
            await SettledScreenshotAsync(session, "review-narrow-dark");

            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}/report");
            await Expect(page.GetByTestId("human-win-rate")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("human-win-rate")).Not.ToBeEmptyAsync();

            Assert.True(session.ConsoleErrors.Count == 0, $"Console errors:\n{string.Join("\n", session.ConsoleErrors)}");
        });
    }

    [Fact]
    public async Task Votes_by_key_after_choosing_the_second_pair_with_the_mouse_are_stored_for_the_second_pair()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = FusionApp.OnPostgres(database).With("Gateway:BaseDelay", "00:00:00.050");
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Member);
        var runId = await TestRuns.CreateAsync(app, fake.BaseUrl, new TestRunShape
        {
            Prompts = 4,
            TeacherModels = ["sim-concise", "sim-stepwise"],
            Methods = [AggregationMethod.BestOfN, AggregationMethod.Random, AggregationMethod.FusionOfN],
        });
        await TestRuns.StartAsync(app, runId);
        var run = await TestRuns.WaitUntilFinishedAsync(app, runId);
        Assert.Equal(RunStatus.Completed, run.Status);
        var pairs = ReviewPairs.For(run.Methods, run.ComparisonPairs);
        var second = pairs[1];
        Assert.NotEqual(pairs[0], second);

        await using var session = await browser.OpenSessionAsync(output, nameof(Votes_by_key_after_choosing_the_second_pair_with_the_mouse_are_stored_for_the_second_pair));
        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}/review");
            await Expect(page.GetByTestId("review-shown-pair")).ToHaveTextAsync($"Comparing {pairs[0]}");

            await page.GetByTestId("review-pair-2").ClickAsync();
            await Expect(page.GetByTestId("review-shown-pair")).ToHaveTextAsync($"Comparing {second}");
            await Expect(page.GetByTestId("review-count")).ToHaveTextAsync("You reviewed 0 of 4");

            // The very first key after the mouse choice votes; the pair stays the one chosen.
            await page.Keyboard.PressAsync("1");
            await Expect(page.GetByTestId("review-count")).ToHaveTextAsync("You reviewed 1 of 4");
            await page.Keyboard.PressAsync("2");
            await Expect(page.GetByTestId("review-count")).ToHaveTextAsync("You reviewed 2 of 4");
            await page.Keyboard.PressAsync("3");
            await Expect(page.GetByTestId("review-count")).ToHaveTextAsync("You reviewed 3 of 4");
            await Expect(page.GetByTestId("review-shown-pair")).ToHaveTextAsync($"Comparing {second}");
            await Expect(page.GetByTestId("review-pair-2")).ToHaveClassAsync(new Regex("mud-toggle-item-selected"));
            await SettledScreenshotAsync(session, "review-second-pair");
        });

        await using var db = app.CreateDbContext();
        var stored = await db.HumanReviews.AsNoTracking().Where(h => h.RunId == runId)
            .Select(h => new { h.MethodA, h.MethodB, h.Verdict }).ToListAsync();
        Assert.Equal(3, stored.Count);
        Assert.All(stored, h => Assert.Equal(second, new MethodPair(h.MethodA, h.MethodB)));
    }

    /// <summary>A screenshot once finite animations (progress bar, ripples) have ended.</summary>
    private static async Task SettledScreenshotAsync(BrowserSession session, string name)
    {
        await session.Page.EvaluateAsync(
            "() => Promise.all(document.getAnimations()" +
            ".filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)" +
            ".map(a => a.finished.catch(() => null)))");
        await session.ScreenshotAsync(name);
    }
}
