using System.Text;
using System.Text.RegularExpressions;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests.Imports;

/// <summary>Uploading a dataset file in the browser: preview with mapping, a validation report, and flagged prompts.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DatasetImportFlowTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "ines@example.test";
    private const string Password = "correct-horse-battery";

    private const string GoodCsv = """
        question,answer,lang,category,source
        Why do leaves change colour in autumn?,Chlorophyll breaks down,en,biology,textbook
        ¿Cuál es el río más largo de Europa?,El Volga,es,geography,quiz
        ما هي عاصمة المغرب؟,الرباط,en,geography,quiz
        太阳系中最大的行星是哪一颗？,木星,zh,astronomy,quiz
        How many bones are in the adult human body?,206,en,biology,textbook
        """;

    private const string BadJsonl = """
        {"messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Name a prime number."}]}
        {"messages": [{"role": "system", "content": "Be brief."}, {"role": "assistant", "content": "Hello."}]}
        {"messages": [{"role": "user", "content": "What is 2 + 2?"}], "language": "english"}
        {"messages": [{"role": "user", "content": "Translate 'bonjour'."}]
        """;

    [Fact]
    public async Task A_member_previews_a_file_sees_a_validation_report_and_imports_with_language_flags()
    {
        await using var app = FusionApp.OnSqlite();
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Member);
        await using var session = await browser.OpenSessionAsync(output, nameof(A_member_previews_a_file_sees_a_validation_report_and_imports_with_language_flags));

        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);

            await OpenUploadAsync(page, baseUri);
            await UploadAsync(page, "chats.jsonl", BadJsonl);
            await Expect(page.GetByTestId("detected")).ToContainTextAsync("OpenAI chat messages");
            await page.GetByTestId("create-dataset").ClickAsync();
            await Expect(page.GetByTestId("error-table")).ToContainTextAsync("no user message");
            await session.ScreenshotAsync("import-02-validation-report");

            await OpenUploadAsync(page, baseUri);
            await UploadAsync(page, "quiz.csv", GoodCsv);
            await Expect(page.GetByTestId("preview-row")).ToHaveCountAsync(5);
            await Expect(page.GetByTestId("detected")).ToContainTextAsync("Detected CSV with plain prompts");
            await Expect(page.GetByTestId("language-flag")).ToHaveCountAsync(1);
            await session.ScreenshotAsync("import-01-preview");

            await page.GetByTestId("create-dataset").ClickAsync();
            await Expect(page).ToHaveURLAsync(new Regex(@"/datasets/\d+$"));
            await Expect(page.GetByTestId("flagged-count")).ToContainTextAsync("1 prompt");
            await page.GetByTestId("only-flagged").ClickAsync();
            await Expect(page.GetByTestId("prompt-table").Locator("tbody tr")).ToHaveCountAsync(1);
            await session.ScreenshotAsync("import-03-flagged");
        });
    }

    private static async Task OpenUploadAsync(IPage page, Uri baseUri)
    {
        await AppPages.GoToAsync(page, baseUri, "datasets/new");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Upload a file" }).ClickAsync();
        await Expect(page.GetByTestId("choose-file")).ToBeVisibleAsync();
    }

    /// <summary>
    /// Chooses the file, again if the page did not take it: a file set on the prerendered input before the circuit has
    /// wired it up is never read, as happens on a loaded machine right after navigating.
    /// </summary>
    private static async Task UploadAsync(IPage page, string name, string content)
    {
        var file = new FilePayload { Name = name, MimeType = "text/plain", Buffer = Encoding.UTF8.GetBytes(content) };
        for (var attempt = 1; ; attempt++)
        {
            await page.Locator("input[type=file]").SetInputFilesAsync(file);
            try
            {
                await Expect(page.GetByTestId("chosen-file")).ToContainTextAsync(name, new() { Timeout = 5_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                // Not taken yet: choose it again.
            }
        }
    }
}
