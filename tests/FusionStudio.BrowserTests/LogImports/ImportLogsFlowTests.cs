using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Teachers;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests.LogImports;

/// <summary>A member uploads a broken log, reads its errors, uploads a good one, imports it and watches the run finish.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportLogsFlowTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "lea@example.test";
    private const string Password = "correct-horse-battery";

    private static readonly string[] _models = ["gpt-like-large", "open-model-8b", "reasoner-mini"];

    private static readonly string[] _queries =
    [
        "Why is the sky blue?",
        "Wie funktioniert ein Compiler?",
        "¿Cómo entrenan las vacunas al sistema inmunitario?",
        "What is the difference between a list and a tuple?",
    ];

    private static readonly string[] _languages = ["en", "de", "es", "en"];

    [Fact]
    public async Task A_member_imports_a_log_and_the_run_judges_and_fuses_it()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = FusionApp.OnPostgres(database);
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Member);
        await AddJudgeAndFusorAsync(app, fake.BaseUrl);
        await using var session = await browser.OpenSessionAsync(output, nameof(A_member_imports_a_log_and_the_run_judges_and_fuses_it));

        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            await AppPages.GoToAsync(page, baseUri, "runs");
            await page.GetByTestId("import-logs").ClickAsync();
            await Expect(AppPages.Heading(page, "Import logs")).ToBeVisibleAsync();
            await AppPages.WaitUntilInteractiveAsync(page);

            await UploadAsync(page, "broken.csv", "query,model,response,cost,language\nWhy?,model-a,Because.,0.1,en\nWhy?,,Because.,-2,en\nHow?,model-b,Like so.,0.2,english\n");
            await Expect(page.GetByTestId("log-error")).ToHaveCountAsync(3);
            await Expect(page.GetByTestId("log-error-summary")).ToContainTextAsync("3 problems in broken.csv");
            await Expect(page.GetByTestId("import-start")).ToBeDisabledAsync();
            await SettledScreenshotAsync(session, "import-logs-01-errors");

            await UploadAsync(page, "fleet.jsonl", Log());
            await Expect(page.GetByTestId("log-model")).ToHaveCountAsync(3);
            await Expect(page.GetByTestId("log-queries")).ToContainTextAsync("4");
            await Expect(page.GetByTestId("import-start")).ToBeEnabledAsync();
            await SettledScreenshotAsync(session, "import-logs-02-preview");

            await page.GetByTestId("import-start").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/runs/\d+$"));
            await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("Completed", new() { Timeout = 120_000 });
            await SettledScreenshotAsync(session, "import-logs-03-run-completed");

            await page.GetByTestId("prompt-table").Locator("tbody tr").Filter(new() { HasText = _queries[1] }).ClickAsync();
            await Expect(page.GetByTestId("candidate")).ToHaveCountAsync(3);
            await SettledScreenshotAsync(session, "import-logs-04-prompt");

            await AppPages.GoToAsync(page, baseUri, "providers");
            await Expect(page.GetByTestId("imported-log-provider")).ToHaveTextAsync("Imported logs — not callable");
            await SettledScreenshotAsync(session, "import-logs-05-providers");

            Assert.True(session.ConsoleErrors.Count == 0, $"Console errors:\n{string.Join("\n", session.ConsoleErrors)}");
        });
    }

    private static async Task UploadAsync(IPage page, string name, string text)
    {
        // The upload adds a fresh input after each choice; the newest one takes the next file.
        await page.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = name.EndsWith(".csv", StringComparison.Ordinal) ? "text/csv" : "application/x-ndjson",
            Buffer = Encoding.UTF8.GetBytes(text),
        });
        await Expect(page.GetByTestId("chosen-log")).ToContainTextAsync(name);
    }

    private static string Log()
    {
        var log = new StringBuilder();
        for (var query = 0; query < _queries.Length; query++)
        {
            for (var model = 0; model < _models.Length; model++)
            {
                var record = new Dictionary<string, object>
                {
                    ["query_id"] = $"q{query}",
                    ["query"] = _queries[query],
                    ["model"] = _models[model],
                    ["response"] = $"Answer of {_models[model]} about \"{_queries[query]}\": it comes down to a few clear steps, each explained in turn.",
                    ["score"] = (model + query) % 10,
                    ["cost"] = 0.001m * (model + 1),
                    ["input_tokens"] = 20 + query,
                    ["output_tokens"] = 120 + model,
                    ["latency_ms"] = 400 + 50 * model,
                    ["language"] = _languages[query],
                    ["task"] = "explanation",
                };
                log.AppendLine(JsonSerializer.Serialize(record));
            }
        }

        return log.ToString();
    }

    private static async Task AddJudgeAndFusorAsync(FusionApp app, string baseUrl)
    {
        await using var db = app.CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        var provider = new Provider { Name = "Fake server", BaseUrl = baseUrl, MaxConcurrency = 16, TimeoutSeconds = 30, InputPricePerMillionTokens = 1m, OutputPricePerMillionTokens = 2m, CreatedAt = now };
        db.AddRange(
            new Teacher { Name = "Judge", Provider = provider, Model = "judge", Temperature = 0, CreatedAt = now },
            new Teacher { Name = "Fusor", Provider = provider, Model = "fusor", CreatedAt = now });
        await db.SaveChangesAsync();
    }

    private static async Task SettledScreenshotAsync(BrowserSession session, string name)
    {
        await session.Page.EvaluateAsync(
            "() => Promise.all(document.getAnimations()" +
            ".filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)" +
            ".map(a => a.finished.catch(() => null)))");
        await session.ScreenshotAsync(name);
    }
}
