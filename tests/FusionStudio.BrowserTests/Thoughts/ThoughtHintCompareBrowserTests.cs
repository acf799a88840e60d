using System.Globalization;
using System.Security.Claims;
using System.Text.Json;
using System.Text.RegularExpressions;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using FusionStudio.Domain.Thoughts;
using FusionStudio.Engine.Embeddings;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;
using FusionStudio.Web.LogImports;
using FusionStudio.Web.Runs;
using FusionStudio.Web.Thoughts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests.Thoughts;

/// <summary>
/// A set built from the shared logs on the fake server; a run started with its hints on the new-run form against the
/// same run without, read per task on the compare page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ThoughtHintCompareBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "hana@example.test";
    private const string Password = "correct-horse-battery";
    private const int Tasks = 6;
    private const string SetName = "shared logs";
    private const string ProviderName = "fake";
    private static readonly string[] _teachers = ["sim-concise", "sim-stepwise", "sim-detailed"];

    [Fact]
    public async Task A_run_started_with_hints_on_the_new_run_form_compares_per_task_against_the_same_run_without()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = FusionApp.OnPostgres(database).With("Runs:StatusCheckInterval", "00:00:00.100");
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Member);
        await ImportLogsAndAddSummarizerAsync(app, fake.BaseUrl);

        await using var session = await browser.OpenSessionAsync(output, nameof(A_run_started_with_hints_on_the_new_run_form_compares_per_task_against_the_same_run_without));
        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            await BuildSetThroughTheFormAsync(session, baseUri);
            var plain = await PlainRunOnNewQueriesAsync(app, fake.BaseUrl);
            await TestRuns.StartAsync(app, plain);
            Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(app, plain, TimeSpan.FromMinutes(3))).Status);

            // "Run again with…" fills the form with the plain run's choices; only the hints are added here.
            await AppPages.GoToAsync(page, baseUri, $"runs/new?from={plain}");
            await Expect(page.GetByTestId("prefill-notice")).ToBeVisibleAsync();
            var generation = page.GetByTestId("estimate").GetByTestId("estimate-Generation");
            await Expect(generation).ToContainTextAsync($"{Tasks * _teachers.Length} calls");
            await Expect(page.GetByTestId("estimate-hint-tokens")).ToHaveCountAsync(0);
            var plainEstimate = await generation.InnerTextAsync();

            await AppPages.ChooseAsync(page, page.GetByTestId("thought-set-select"), $"{SetName} · {RoutingLogSample.Queries} templates");
            await Expect(page.GetByTestId("hints-template-select")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("estimate-hint-tokens")).ToContainTextAsync("tokens of thought hints per call");
            await Expect(generation).Not.ToHaveTextAsync(plainEstimate);
            await page.GetByTestId("hint-fields").ScrollIntoViewIfNeededAsync();
            await session.ScreenshotAsync("thought-hints-02-new-run-with-hints");

            await page.GetByTestId("start-run").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/runs/\d+$"));
            await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("Completed", new() { Timeout = 180_000 });
            var hinted = int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], CultureInfo.InvariantCulture);

            await AppPages.GoToAsync(page, baseUri, $"runs/compare?a={plain}&b={hinted}");
            await Expect(page.GetByTestId("compare-task-row")).ToHaveCountAsync(Tasks, new() { Timeout = 30_000 });
            await page.GetByTestId("compare-tasks").ScrollIntoViewIfNeededAsync();
            await session.ScreenshotAsync("thought-hints-03-compare-per-task");
            Assert.True(session.ConsoleErrors.Count == 0, $"Console errors:\n{string.Join("\n", session.ConsoleErrors)}");

            // The form pinned the set and the hints prompt, and every generation call of the new run carried hints.
            await using var db = app.CreateDbContext();
            var run = await db.Runs.SingleAsync(r => r.Id == hinted);
            Assert.NotNull(run.ThoughtTemplateSetId);
            Assert.NotNull(run.HintsTemplateVersionId);
            var generated = await db.Candidates.Where(c => c.RunId == hinted).Select(c => c.HintTemplateIds).ToListAsync();
            Assert.Equal(Tasks * _teachers.Length, generated.Count);
            Assert.All(generated, ids => Assert.Equal(3, ids.Count));
        });
    }

    /// <summary>
    /// New queries of 6 of the logs' tasks (each the first half of one logged query and the second half of another),
    /// answered by 3 teachers of a pool, Best-of-N: the run that the form starts again with hints.
    /// </summary>
    private static async Task<int> PlainRunOnNewQueriesAsync(FusionApp app, string fakeUrl)
    {
        var plain = await TestRuns.CreateAsync(app, fakeUrl, new TestRunShape { Prompts = Tasks, TeacherModels = _teachers, Methods = [AggregationMethod.BestOfN], Pairs = [] });
        await using var db = app.CreateDbContext();
        var run = await db.Runs.Include(r => r.Teachers).SingleAsync(r => r.Id == plain);
        var pool = new TeacherPool
        {
            Name = "three teachers", CreatedAt = DateTimeOffset.UtcNow,
            Members = run.Teachers.Select(t => new TeacherPoolMember { TeacherId = t.TeacherId, SampleCount = t.SampleCount, Position = t.Position }).ToList(),
        };
        db.TeacherPools.Add(pool);
        await db.SaveChangesAsync();
        run.PoolId = pool.Id;
        var prompts = await db.DatasetPrompts.Where(p => p.DatasetId == run.DatasetId).OrderBy(p => p.Ordinal).ToListAsync();
        var byTask = File.ReadLines(RoutingLogSample.FilePath).Select(line => JsonDocument.Parse(line).RootElement)
            .GroupBy(q => q.GetProperty("task_name").GetString()!).Take(Tasks).ToList();
        for (var i = 0; i < Tasks; i++)
        {
            var (a, b) = (byTask[i].First().GetProperty("query").GetString()!, byTask[i].Skip(1).First().GetProperty("query").GetString()!);
            (prompts[i].Task, prompts[i].Text, prompts[i].Language) = (byTask[i].Key, a[..(a.Length / 2)] + " " + b[(b.Length / 2)..], "en");
        }

        await db.SaveChangesAsync();
        return plain;
    }

    /// <summary>The shared logs imported, and a summarizer teacher on the fake server, which also serves the embedding model.</summary>
    private static async Task ImportLogsAndAddSummarizerAsync(FusionApp app, string fakeUrl)
    {
        var member = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, Email), new Claim(ClaimTypes.Role, AppRoles.Member)], "test"));
        await using (var scope = app.Services.CreateAsyncScope())
        await using (var file = RoutingLogSample.Open())
        {
            var imported = await scope.ServiceProvider.GetRequiredService<LogImporter>().ImportAsync(
                file, RoutingLogSample.FileName, new RunPlan { Methods = [AggregationMethod.Random], Pairs = [] }, member, RoutingLogSample.Prices);
            Assert.True(imported.Succeeded, string.Join(" ", imported.FileErrors));
        }

        await using var db = app.CreateDbContext();
        var provider = new Provider { Name = ProviderName, BaseUrl = fakeUrl, MaxConcurrency = 16, InputPricePerMillionTokens = 0.5m, OutputPricePerMillionTokens = 1.5m, CreatedAt = DateTimeOffset.UtcNow };
        db.Teachers.Add(new Teacher { Name = "summarizer", Provider = provider, Model = "summarizer", Temperature = 0, CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
    }

    /// <summary>The build form on /thoughts, then the set's page until the build is done.</summary>
    private static async Task BuildSetThroughTheFormAsync(BrowserSession session, Uri baseUri)
    {
        var page = session.Page;
        await AppPages.GoToAsync(page, baseUri, "thoughts");
        var form = page.GetByTestId("build-thought-set-form");
        await page.GetByTestId("thought-set-name").FillAsync(SetName);
        await form.GetByTestId("thought-source-run").CheckAsync();
        await AppPages.ChooseAsync(page, page.GetByTestId("thought-summarizer-select"), "summarizer · summarizer");
        await Expect(page.GetByTestId("thought-summarizer-template-select")).ToHaveValueAsync(new Regex("^Thought summarizer"));
        await AppPages.ChooseAsync(page, page.GetByTestId("thought-embedding-select"), $"{ProviderName}'s model…");
        var model = page.GetByTestId("thought-embedding-model");
        await model.FillAsync("fake-embed");
        await model.PressAsync("Tab");
        await session.ScreenshotAsync("thought-hints-01-build-form");

        await page.GetByTestId("build-thought-set").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/thoughts/\d+$"));
        await Expect(page.GetByTestId("thought-set-progress")).ToHaveCountAsync(0, new() { Timeout = 180_000 });
        await Expect(AppPages.Heading(page, SetName)).ToBeVisibleAsync();
        await Expect(page.GetByTestId("thought-set-facts")).ToContainTextAsync($"{RoutingLogSample.Queries} calls");
        await Expect(page.Locator("body")).ToContainTextAsync($"{RoutingLogSample.Queries} of {RoutingLogSample.Queries} past queries have a template · Ready");
        await Expect(page.GetByTestId("thought-template")).ToHaveCountAsync(20);
    }
}
