using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FusionStudio.Data.Identity;
using FusionStudio.Data.Runs;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests.Runs;

/// <summary>
/// The run page keeps up with a 300-prompt run on a model server with latency: its progress panel, status and stage
/// filters show what the database holds within 2 s while the run goes (the median of the samples; each sample within
/// a bound that a page living on its 15 s safety poll would miss), say Paused at once after Pause, and agree with the
/// database once the calls in flight have landed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveRunPageTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "lena@example.test";
    private const string Password = "correct-horse-battery";
    private const int Prompts = 300;

    // How far behind the database the page may be: notices are coalesced and reads settle for a fraction of this.
    private static readonly TimeSpan _allowedLag = TimeSpan.FromSeconds(2);

    // No single sample may lag more than this, however busy the shared test machine is: well under the safety poll.
    private static readonly TimeSpan _bound = TimeSpan.FromSeconds(6);

    [Fact]
    public async Task The_run_page_follows_a_300_prompt_run_and_its_pause()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Configure(o => o with { LatencyMs = 120 });
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = FusionApp.OnPostgres(database);
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Member);
        var runId = await TestRuns.CreateAsync(app, fake.BaseUrl, new TestRunShape { Prompts = Prompts, Concurrency = 16 });

        await using var session = await browser.OpenSessionAsync(output, nameof(The_run_page_follows_a_300_prompt_run_and_its_pause));
        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}");
            var starting = Stopwatch.StartNew();
            await page.GetByTestId("start").ClickAsync();
            await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("Running");
            output.WriteLine($"Running shown {starting.ElapsedMilliseconds} ms after Start was clicked");

            // While it runs: each time the database has moved on, the page shows at least as much within the allowed lag.
            var lags = new List<TimeSpan>();
            var lastDone = -1;
            while (lags.Count < 5)
            {
                var atLeast = lastDone + 15;
                var tally = await Eventually.ValueAsync(async () => await TallyAsync(app, runId) is { } t && t.Done >= atLeast ? t : null, TimeSpan.FromMinutes(2));
                if (tally.Done >= Prompts)
                {
                    break;
                }

                lags.Add(await LagUntilAsync(page, shown => shown.Done >= tally.Done && shown.Generated >= tally.Reached(PromptStage.Generated)));
                lastDone = tally.Done;
                if (lags.Count == 2)
                {
                    await session.ScreenshotAsync("live-run-1400");
                }
            }

            Assert.True(lags.Count >= 3, $"The run finished before the page could be compared {lags.Count} times while running.");
            output.WriteLine($"Lag while running (ms): {string.Join(", ", lags.Select(l => l.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)))}");
            var median = lags.Order().ElementAt(lags.Count / 2);
            Assert.True(median <= _allowedLag, $"The page lagged {median.TotalMilliseconds:0} ms behind the database (median).");

            var paused = Stopwatch.StartNew();
            await page.GetByTestId("pause").ClickAsync();
            await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("Paused", new() { Timeout = (float)_bound.TotalMilliseconds });
            output.WriteLine($"Paused shown after {paused.ElapsedMilliseconds} ms");

            // The calls in flight land after the pause; once no job is left, the page shows exactly what the database holds.
            await TestRuns.WaitUntilQueueIdleAsync(app);
            var final = (await TallyAsync(app, runId))!;
            var settled = await LagUntilAsync(page, shown => shown.Matches(final, Prompts));
            output.WriteLine($"After the pause: {final.Done} done, {final.Failed} failed; the page matched after {settled.TotalMilliseconds:0} ms");
            Assert.True(final.Done < Prompts, "The run finished before it was paused.");
            await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("Paused");

            // The prompt table counts the same prompts as the panel.
            await page.GetByTestId("stage-done").ClickAsync();
            await Expect(page.GetByTestId("prompt-table").Locator(".mud-table-pagination-caption").Last)
                .ToContainTextAsync($"of {final.Done.ToString("N0", CultureInfo.InvariantCulture)}");
            await session.ScreenshotAsync("live-run-paused-1400");
            await page.SetViewportSizeAsync(390, 844);
            await session.ScreenshotAsync("live-run-paused-390");
            Assert.Empty(session.ConsoleErrors);
        });
    }

    private static async Task<PromptStageTally?> TallyAsync(FusionApp app, int runId)
    {
        await using var db = app.CreateDbContext();
        return await PromptStageCounts.LoadAsync(db, runId, CancellationToken.None);
    }

    /// <summary>Polls the page until <paramref name="matches"/> holds; returns how long that took, failing past the bound.</summary>
    private static async Task<TimeSpan> LagUntilAsync(IPage page, Func<ShownFigures, bool> matches)
    {
        var clock = Stopwatch.StartNew();
        ShownFigures? shown = null;
        while (clock.Elapsed <= _bound)
        {
            shown = await ShownFigures.ReadAsync(page);
            if (matches(shown))
            {
                return clock.Elapsed;
            }

            await page.WaitForTimeoutAsync(50);
        }

        throw new Xunit.Sdk.XunitException($"The page did not catch up with the database within {_bound.TotalSeconds} s; it shows {shown}.");
    }

    /// <summary>What the page says, read in one go so the figures belong to one render.</summary>
    private sealed record ShownFigures(string Status, int Generated, int Scored, int Aggregated, int Done, int Failed, int Total, int DoneChip, int FailedChip)
    {
        public static async Task<ShownFigures> ReadAsync(IPage page)
        {
            var json = await page.EvaluateAsync<string>("""
                () => {
                    const text = id => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
                    const step = key => text(`step-${key}`).match(/([\d,]+)\s*\/\s*([\d,]+)/) ?? ['', '0', '0'];
                    const chip = id => (text(id).match(/([\d,]+)\s*$/) ?? ['', '-1'])[1];
                    return JSON.stringify({
                        status: text('run-status').trim(),
                        generated: step('generated')[1], scored: step('scored')[1], aggregated: step('aggregated')[1],
                        done: step('done')[1], failed: step('failed')[1], total: step('done')[2],
                        doneChip: chip('stage-done'), failedChip: chip('stage-failed'),
                    });
                }
                """);
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            int Number(string name) => int.Parse(root.GetProperty(name).GetString()!.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
            return new ShownFigures(
                root.GetProperty("status").GetString()!, Number("generated"), Number("scored"), Number("aggregated"), Number("done"),
                Number("failed"), Number("total"), Number("doneChip"), Number("failedChip"));
        }

        public bool Matches(PromptStageTally tally, int prompts) =>
            Total == prompts && Done == tally.Done && Failed == tally.Failed && DoneChip == tally.Done && FailedChip == tally.Failed
            && Generated == tally.Reached(PromptStage.Generated) && Scored == tally.Reached(PromptStage.Scored)
            && Aggregated == tally.Reached(PromptStage.Aggregated);
    }
}
