using FusionStudio.Data.Identity;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests.Exports;

/// <summary>A viewer picks an export of a finished run, sees how many rows match, and downloads the file.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportPageTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "vik@example.test";
    private const string Password = "correct-horse-battery";
    private const int Prompts = 6;

    [Fact]
    public async Task A_viewer_counts_rows_and_downloads_the_full_log_for_one_language()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = FusionApp.OnPostgres(database).With("Gateway:BaseDelay", "00:00:00.050");
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Viewer);
        var runId = await TestRuns.CreateAsync(app, fake.BaseUrl, new TestRunShape { Prompts = Prompts, TeacherModels = ["sim-concise", "sim-stepwise"] });
        await TestRuns.StartAsync(app, runId);
        Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(app, runId)).Status);

        await using var session = await browser.OpenSessionAsync(output, nameof(A_viewer_counts_rows_and_downloads_the_full_log_for_one_language));
        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            await AppPages.GoToAsync(page, baseUri, $"runs/{runId}/export");
            await Expect(AppPages.Heading(page, "Export")).ToBeVisibleAsync();
            await Expect(page.GetByTestId("run-section-export")).ToHaveAttributeAsync("aria-current", "page");
            await Expect(page.GetByTestId("export-count")).ToHaveTextAsync($"{Prompts} rows match");
            await session.ScreenshotAsync("export-page-sft");

            await page.GetByTestId("export-kind-full-log").ClickAsync();
            await page.GetByTestId("export-format-csv").ClickAsync();
            await Expect(page.GetByTestId("export-count")).ToHaveTextAsync($"{Prompts * 2} rows match");
            await page.GetByTestId("export-language").ClickAsync();
            await page.GetByRole(AriaRole.Option, new() { Name = "ar", Exact = true }).ClickAsync();
            await Expect(page.GetByTestId("export-count")).ToHaveTextAsync("2 rows match");
            await Expect(page.GetByTestId("export-file-name")).ToContainTextAsync($"run-{runId}-full-log-ar-");
            // The preview is the file's head: the header and both Arabic rows.
            await Expect(page.GetByTestId("export-preview")).ToContainTextAsync("run_id,prompt_id,ordinal");
            var preview = await page.GetByTestId("export-preview").InnerTextAsync();
            Assert.Equal(2, Regex.Matches(preview, $@"(?m)^{runId},\d+,\d+,[^,]*,ar,").Count);
            await Expect(page.GetByTestId("export-keep-formulas")).ToBeVisibleAsync();
            await session.ScreenshotAsync("export-page-full-log");

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-download").ClickAsync());
            Assert.StartsWith($"run-{runId}-full-log-ar-", download.SuggestedFilename, StringComparison.Ordinal);
            Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
            var path = await download.PathAsync();
            var text = await File.ReadAllTextAsync(path!);
            Assert.StartsWith("run_id,prompt_id,ordinal", text, StringComparison.Ordinal);

            Assert.True(session.ConsoleErrors.Count == 0, $"Console errors:\n{string.Join("\n", session.ConsoleErrors)}");
        });
    }
}
