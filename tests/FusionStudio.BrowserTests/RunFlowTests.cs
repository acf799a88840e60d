using System.Diagnostics;
using System.Text.RegularExpressions;
using FusionStudio.Data.Identity;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

/// <summary>
/// The whole way from an empty workspace to a finished run, through the UI only: a provider on a model server,
/// teachers and a pool, a pasted dataset, a new run, its progress and one prompt's answers.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RunFlowTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "mia@example.test";
    private const string Password = "correct-horse-battery";
    private const string ProviderName = "Fake server";
    private const string PoolName = "Concise and stepwise";
    private const string DatasetName = "Three questions";

    // Generation 3 prompts × 2 candidates, pointwise scores 3 × 2 candidates + 3 fused answers, Fusion-of-N 3,
    // Fusion-of-N vs Best-of-N 3 × 2 orders.
    private const string ExpectedCalls = "24";

    private static readonly string[] _prompts =
    [
        "Why is the sky blue?",
        "What does a compiler do?",
        "How do vaccines train the immune system?",
    ];

    [Fact]
    public async Task An_admin_sets_up_a_run_against_a_model_server_and_opens_a_prompt()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.Configure(o => o with { LatencyMs = 50 });
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = FusionApp.OnPostgres(database);
        var baseUri = app.StartKestrel();
        // Providers hold keys, so adding one takes an admin; the rest a Member could do as well.
        await app.CreateUserAsync(Email, Password, AppRoles.Admin);
        await using var session = await browser.OpenSessionAsync(output, nameof(An_admin_sets_up_a_run_against_a_model_server_and_opens_a_prompt));
        output.WriteLine($"Screenshots folder: {Screenshots.Folder}");

        await session.RunAsync(async page =>
        {
            var clock = Stopwatch.StartNew();
            void Took(string step) => output.WriteLine($"{clock.Elapsed.TotalSeconds,6:0.0} s  {step}");

            await AppPages.LogInAsync(page, baseUri, Email, Password);
            Took("logged in");
            await AddProviderAsync(session, baseUri, fake.BaseUrl);
            Took("provider added and tested");
            await AddTeachersAndPoolAsync(session, baseUri);
            Took("4 teachers and a pool added");
            await AddDatasetAsync(session, baseUri);
            Took("dataset pasted");
            var runUrl = await StartRunAsync(session, baseUri);
            Took("run started");
            await WaitForRunAsync(session);
            Took("run completed");
            await OpenPromptAsync(session, runUrl);
            Took("prompt opened");

            Assert.True(session.ConsoleErrors.Count == 0, $"Console errors:\n{string.Join("\n", session.ConsoleErrors)}");
        });
    }

    private static async Task AddProviderAsync(BrowserSession session, Uri baseUri, string fakeBaseUrl)
    {
        var page = session.Page;
        await AppPages.GoToAsync(page, baseUri, "providers");
        await Expect(AppPages.Heading(page, "Providers")).ToBeVisibleAsync();
        await page.GetByTestId("add-provider").ClickAsync();
        await AppPages.WaitUntilInteractiveAsync(page);

        var form = page.GetByTestId("provider-form");
        await form.GetByLabel("Name", new() { Exact = true }).FillAsync(ProviderName);
        await form.GetByLabel("Base URL").FillAsync(fakeBaseUrl);
        await page.GetByTestId("api-key").FillAsync("sk-test-0123456789abcdef");

        await page.GetByTestId("test-connection").ClickAsync();
        await Expect(page.GetByTestId("connection-ok")).ToBeVisibleAsync();
        var models = page.GetByTestId("connection-models");
        await Expect(models).ToContainTextAsync("sim-concise");
        await Expect(models).ToContainTextAsync("sim-stepwise");
        await SettledScreenshotAsync(session, "flow-01-provider-tested");

        await page.GetByTestId("save-provider").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(baseUri, "providers").ToString());
        await Expect(page.GetByTestId("provider-table")).ToContainTextAsync(ProviderName);
        await Expect(page.GetByTestId("provider-table")).ToContainTextAsync(fakeBaseUrl);
        await SettledScreenshotAsync(session, "flow-02-providers");
    }

    private static async Task AddTeachersAndPoolAsync(BrowserSession session, Uri baseUri)
    {
        var page = session.Page;
        await AppPages.GoToAsync(page, baseUri, "pools");
        await Expect(AppPages.Heading(page, "Teacher pools")).ToBeVisibleAsync();

        await AddTeacherAsync(session, "Concise", "sim-concise", temperature: null);
        await AddTeacherAsync(session, "Stepwise", "sim-stepwise", temperature: null);
        await AddTeacherAsync(session, "Judge", "judge", temperature: "0");
        await AddTeacherAsync(session, "Fusor", "fusor", temperature: null);
        var teachers = page.GetByTestId("teacher-table");
        await Expect(teachers.Locator("tbody tr")).ToHaveCountAsync(4);

        await page.GetByTestId("add-pool").ClickAsync();
        var form = page.GetByTestId("pool-form");
        await Expect(form).ToBeVisibleAsync();
        await form.GetByLabel("Name", new() { Exact = true }).FillAsync(PoolName);
        var members = form.GetByTestId("pool-member");
        await AppPages.ChooseAsync(page, members.Nth(0).GetByTestId("member-teacher"), "Concise (sim-concise)");
        await form.GetByTestId("add-member").ClickAsync();
        await Expect(members).ToHaveCountAsync(2);
        await AppPages.ChooseAsync(page, members.Nth(1).GetByTestId("member-teacher"), "Stepwise (sim-stepwise)");
        await Expect(form.GetByTestId("pool-summary")).ToContainTextAsync("2 candidates per prompt");
        await SettledScreenshotAsync(session, "flow-04-pool-dialog");
        await form.GetByTestId("save-pool").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);

        var pool = page.GetByTestId("pool-card").Filter(new() { HasText = PoolName });
        await Expect(pool).ToContainTextAsync("2 candidates per prompt");
        await Expect(pool).ToContainTextAsync("Concise × 1");
        await Expect(pool).ToContainTextAsync("Stepwise × 1");
        await SettledScreenshotAsync(session, "flow-05-pools");
    }

    private static async Task AddTeacherAsync(BrowserSession session, string name, string model, string? temperature)
    {
        var page = session.Page;
        await page.GetByTestId("add-teacher").ClickAsync();
        var form = page.GetByTestId("teacher-form");
        await Expect(form).ToBeVisibleAsync();
        await form.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await Expect(form.GetByTestId("teacher-provider")).ToHaveTextAsync(ProviderName);

        // The temperature goes first: typing it while the model field's blur is still on its way to the server
        // could land in the wrong field.
        if (temperature is not null)
        {
            var temperatureField = form.GetByLabel("Temperature");
            await temperatureField.FillAsync(temperature);
            await Expect(temperatureField).ToHaveValueAsync(temperature);
        }

        // The connection test ran before the provider was saved, so the model field has no suggestions: the id is typed.
        var modelField = form.GetByTestId("teacher-model");
        await modelField.FillAsync(model);
        await modelField.PressAsync("Tab");
        await Expect(modelField).ToHaveValueAsync(model);

        if (name == "Judge")
        {
            await SettledScreenshotAsync(session, "flow-03-teacher-dialog");
        }

        await form.GetByTestId("save-teacher").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        var row = page.GetByTestId("teacher-table").Locator("tbody tr").Filter(new() { HasText = name });
        await Expect(row).ToContainTextAsync(model);
        await Expect(row).ToContainTextAsync(ProviderName);
        if (temperature is not null)
        {
            await Expect(row.Locator("td[data-label='Temp.']")).ToHaveTextAsync(temperature);
        }
    }

    private static async Task AddDatasetAsync(BrowserSession session, Uri baseUri)
    {
        var page = session.Page;
        await AppPages.GoToAsync(page, baseUri, "datasets");
        await page.GetByTestId("add-dataset").ClickAsync();
        await AppPages.WaitUntilInteractiveAsync(page);

        var form = page.GetByTestId("dataset-form");
        await Expect(form).ToBeVisibleAsync();
        await page.GetByTestId("dataset-name").FillAsync(DatasetName);
        await Expect(page.GetByTestId("language-field")).ToHaveValueAsync("en");
        await page.GetByTestId("dataset-task").FillAsync("qa");
        var pasted = page.GetByTestId("pasted-prompts");
        await pasted.FillAsync(string.Join("\n", _prompts));
        // The count under the field follows on leaving it, not while typing.
        await pasted.PressAsync("Tab");
        await Expect(form).ToContainTextAsync("3 prompts.");
        await SettledScreenshotAsync(session, "flow-06-dataset-new");

        await page.GetByTestId("create-dataset").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/datasets/\d+$"));
        await Expect(AppPages.Heading(page, DatasetName)).ToBeVisibleAsync();
        var summary = page.GetByTestId("dataset-summary");
        await Expect(summary).ToContainTextAsync("qa · 3");
        await Expect(page.GetByTestId("prompt-table")).ToContainTextAsync(_prompts[0]);
        await SettledScreenshotAsync(session, "flow-07-dataset");
    }

    private static async Task<string> StartRunAsync(BrowserSession session, Uri baseUri)
    {
        var page = session.Page;
        await AppPages.GoToAsync(page, baseUri, "runs/new");
        await Expect(AppPages.Heading(page, "New run")).ToBeVisibleAsync();

        await AppPages.ChooseAsync(page, page.GetByTestId("dataset-select"), DatasetName);
        await AppPages.ChooseAsync(page, page.GetByTestId("pool-select"), PoolName);
        await AppPages.ChooseAsync(page, page.GetByTestId("judge-select"), "Judge · judge");
        await AppPages.ChooseAsync(page, page.GetByTestId("fusor-select"), "Fusor · fusor");
        await Expect(page.GetByTestId("dataset-select")).ToHaveValueAsync(DatasetName);
        await Expect(page.GetByTestId("pool-select")).ToHaveValueAsync(PoolName);
        await Expect(page.GetByTestId("judge-select")).ToHaveValueAsync("Judge");
        await Expect(page.GetByTestId("fusor-select")).ToHaveValueAsync("Fusor");
        // The built-in templates, seeded at start, are chosen already.
        await Expect(page.GetByTestId("fusor-template-select")).ToHaveValueAsync(new Regex("^Fusion-of-N \\(default\\)"));

        var estimate = page.GetByTestId("estimate");
        await Expect(estimate).ToContainTextAsync("3 prompts × 2 candidates");
        await Expect(estimate.GetByTestId("estimate-Generation")).ToContainTextAsync("6 calls");
        await Expect(estimate.GetByTestId("estimate-calls")).ToHaveTextAsync(ExpectedCalls);
        await SettledScreenshotAsync(session, "flow-08-new-run");

        await page.GetByTestId("start-run").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/runs/\d+$"));
        return page.Url;
    }

    private static async Task WaitForRunAsync(BrowserSession session)
    {
        var page = session.Page;
        await Expect(page.GetByTestId("run-status")).ToHaveTextAsync("Completed", new() { Timeout = 120_000 });
        await Expect(page.GetByTestId("step-done").GetByTestId("step-count")).ToHaveTextAsync("3 / 3");
        await Expect(page.GetByTestId("step-failed").GetByTestId("step-count")).ToHaveTextAsync("0 / 3");
        await Expect(page.GetByTestId("prompt-table").GetByTestId("stage")).ToHaveTextAsync(["Done", "Done", "Done"]);
        await SettledScreenshotAsync(session, "flow-09-run-completed");
    }

    private static async Task OpenPromptAsync(BrowserSession session, string runUrl)
    {
        var page = session.Page;
        await page.GetByTestId("prompt-table").Locator("tbody tr").Filter(new() { HasText = _prompts[1] }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(runUrl) + @"/prompts/\d+(\?.*)?$"));
        await Expect(AppPages.Heading(page, "Prompt 2")).ToBeVisibleAsync();

        await Expect(page.GetByTestId("prompt-text")).ToHaveTextAsync(_prompts[1]);
        var candidates = page.GetByTestId("candidate");
        await Expect(candidates).ToHaveCountAsync(2);
        await Expect(candidates.Filter(new() { HasText = "Concise" })).ToHaveCountAsync(1);
        await Expect(candidates.Filter(new() { HasText = "Stepwise" })).ToHaveCountAsync(1);
        await Expect(candidates.GetByTestId("candidate-text").First).Not.ToBeEmptyAsync();
        await Expect(candidates.GetByTestId("candidate-text").Last).Not.ToBeEmptyAsync();

        var fusion = page.GetByTestId("aggregate").Filter(new() { HasText = "Fusion-of-N" });
        await Expect(fusion).ToHaveCountAsync(1);
        await Expect(fusion.GetByTestId("aggregate-text")).Not.ToBeEmptyAsync();
        await Expect(fusion.GetByTestId("aggregate-text")).Not.ToHaveTextAsync("(no text)");

        var comparison = page.GetByTestId("comparison");
        await Expect(comparison).ToHaveCountAsync(1);
        await Expect(comparison).ToContainTextAsync("Fusion-of-N vs Best-of-N");
        await Expect(comparison.GetByTestId("final-verdict")).Not.ToBeEmptyAsync();
        await SettledScreenshotAsync(session, "flow-10-prompt-detail");
    }

    /// <summary>
    /// A screenshot once the page's finite animations have ended: a label still moving up out of a field just
    /// filled would overlap its text in the picture. Endless ones (an indeterminate progress bar) are not waited for.
    /// </summary>
    private static async Task SettledScreenshotAsync(BrowserSession session, string name)
    {
        await session.Page.EvaluateAsync(
            "() => Promise.all(document.getAnimations()" +
            ".filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)" +
            ".map(a => a.finished.catch(() => null)))");
        await session.ScreenshotAsync(name);
    }
}
