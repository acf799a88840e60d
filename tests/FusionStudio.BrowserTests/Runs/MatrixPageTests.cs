using FusionStudio.Data.Identity;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests.Runs;

/// <summary>
/// A finished run's matrix in Chromium: opened from the run page, rows read a window at a time while scrolling, the
/// figures of the database, "differences only", the word diff, and moving and opening with the keyboard.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MatrixPageTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "max@example.test";
    private const string Password = "correct-horse-battery";
    private const int Prompts = 60;

    [Fact]
    public async Task The_matrix_shows_every_answer_and_moves_with_the_keyboard()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = FusionApp.OnPostgres(database);
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Viewer);
        var runId = await TestRuns.CreateAsync(app, fake.BaseUrl, new TestRunShape { Prompts = Prompts });
        await TestRuns.StartAsync(app, runId);
        await TestRuns.WaitUntilFinishedAsync(app, runId, TimeSpan.FromMinutes(4));
        var expected = await ExpectedAsync(app, runId);

        await using var session = await browser.OpenSessionAsync(output, nameof(The_matrix_shows_every_answer_and_moves_with_the_keyboard));
        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}");
            await page.GetByTestId("run-section-matrix").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Uri(baseUri, $"runs/{runId}/matrix").ToString());
            await AppPages.WaitUntilInteractiveAsync(page);

            // Four teachers' candidates and four methods.
            await Expect(page.GetByTestId("matrix-column")).ToHaveCountAsync(8);
            await Expect(page.GetByTestId("matrix-total")).ToHaveTextAsync($"{Prompts} prompts");
            var rows = page.GetByTestId("matrix-row");
            await Expect(rows.First).ToHaveAttributeAsync("data-prompt", "1");
            var rendered = await rows.CountAsync();
            Assert.InRange(rendered, 1, Prompts - 1);
            output.WriteLine($"{rendered} of {Prompts} rows rendered before scrolling");

            // Best-of-N's cell (column 5) shows the judge's score of the candidate it picked.
            var bestOfN = rows.First.GetByTestId("matrix-cell").Nth(4);
            await Expect(bestOfN.GetByTestId("cell-score")).ToHaveTextAsync(expected.FirstBestOfNScore);
            await session.ScreenshotAsync("matrix-1400");

            // Scrolling to the end reads the last rows from the server.
            await page.GetByTestId("matrix").EvaluateAsync("grid => grid.scrollTop = grid.scrollHeight");
            await Expect(page.Locator($"[data-testid=matrix-row][data-prompt=\"{Prompts}\"]")).ToBeVisibleAsync();
            await page.GetByTestId("matrix").EvaluateAsync("grid => grid.scrollTop = 0");

            await page.GetByTestId("differences-only").CheckAsync();
            await Expect(page.GetByTestId("matrix-total")).ToHaveTextAsync(expected.Differences == 1 ? "1 prompt" : $"{expected.Differences} prompts");

            await page.GetByTestId("show-diff").CheckAsync();
            await Expect(page.GetByTestId("cell-diff").First).ToBeVisibleAsync();
            await Expect(page.GetByTestId("cell-diff").First.Locator("ins, del").First).ToBeAttachedAsync();
            await page.GetByTestId("differences-only").UncheckAsync();
            await Expect(page.GetByTestId("matrix-total")).ToHaveTextAsync($"{Prompts} prompts");

            // Keys: into the grid, right, down, then Enter opens the second prompt.
            var first = page.Locator("[data-matrix-cell][data-row=\"0\"][data-col=\"0\"]");
            await first.FocusAsync();
            await page.Keyboard.PressAsync("ArrowRight");
            await Expect(page.Locator("[data-matrix-cell][data-row=\"0\"][data-col=\"1\"]")).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("ArrowDown");
            var target = page.Locator("[data-matrix-cell][data-row=\"1\"][data-col=\"1\"]");
            await Expect(target).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("End");
            await Expect(page.Locator("[data-matrix-cell][data-row=\"1\"][data-col=\"7\"]")).ToBeFocusedAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(new Uri(baseUri, $"runs/{runId}/prompts/{expected.SecondPromptId}").ToString());

            await page.SetViewportSizeAsync(390, 844);
            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}/matrix");
            await Expect(page.GetByTestId("matrix-row").First).ToBeVisibleAsync();
            await session.ScreenshotAsync("matrix-390");
            Assert.Empty(session.ConsoleErrors);
        });
    }

    private static async Task<Expected> ExpectedAsync(FusionApp app, int runId)
    {
        await using var db = app.CreateDbContext();
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleAsync(r => r.Id == runId);
        var limit = run.Teachers.Sum(t => t.SampleCount);
        var prompts = await db.RunPrompts.Where(p => p.RunId == runId).OrderBy(p => p.Ordinal).Select(p => p.PromptId).ToListAsync();
        var bestOfN = await db.Aggregates.Where(a => a.RunId == runId && a.PromptId == prompts[0] && a.Method == AggregationMethod.BestOfN && a.CandidateLimit == limit && a.Subset == 0)
            .Select(a => a.SelectedCandidateId).SingleAsync();
        var score = await db.Scores.Where(s => s.CandidateId == bestOfN && s.JudgeTeacherId == run.JudgeTeacherId && s.TemplateVersionId == run.PointwiseJudgeTemplateVersionId)
            .Select(s => s.Value).SingleAsync();
        var decisive = await db.Comparisons.Where(c => c.RunId == runId && (c.Final == PairVerdict.A || c.Final == PairVerdict.B)).Select(c => c.PromptId).ToListAsync();
        var picks = await db.Aggregates.Where(a => a.RunId == runId && a.Subset == 0 && a.CandidateLimit == limit && a.SelectedCandidateId != null)
            .Select(a => new { a.PromptId, a.SelectedCandidateId }).ToListAsync();
        var disagree = picks.GroupBy(p => p.PromptId).Where(g => g.Select(p => p.SelectedCandidateId).Distinct().Count() > 1).Select(g => g.Key);
        var differences = decisive.Concat(disagree).Distinct().Count();
        return new Expected(score!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), differences, prompts[1]);
    }

    private sealed record Expected(string FirstBestOfNScore, int Differences, long SecondPromptId);
}
