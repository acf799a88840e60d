using System.Security.Claims;
using System.Text.Json;
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

/// <summary>A set built from the shared logs on the fake server, a run with its hints against one without, read per task on the compare page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ThoughtHintCompareBrowserTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const string Email = "hana@example.test";
    private const string Password = "correct-horse-battery";
    private const int Tasks = 6;

    [Fact]
    public async Task The_compare_page_shows_a_run_with_hints_against_one_without_per_task()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = FusionApp.OnPostgres(database).With("Runs:StatusCheckInterval", "00:00:00.100");
        var baseUri = app.StartKestrel();
        await app.CreateUserAsync(Email, Password, AppRoles.Member);
        var setId = await BuildSetAsync(app, fake.BaseUrl);
        var plain = await TestRuns.CreateAsync(app, fake.BaseUrl, new TestRunShape
        {
            Prompts = Tasks, TeacherModels = ["sim-concise", "sim-stepwise", "sim-detailed"], Methods = [AggregationMethod.BestOfN], Pairs = [],
        });
        int hintsVersion;
        await using (var db = app.CreateDbContext())
        {
            var datasetId = await db.Runs.Where(r => r.Id == plain).Select(r => r.DatasetId).SingleAsync();
            var prompts = await db.DatasetPrompts.Where(p => p.DatasetId == datasetId).OrderBy(p => p.Ordinal).ToListAsync();
            var byTask = File.ReadLines(RoutingLogSample.FilePath).Select(line => JsonDocument.Parse(line).RootElement)
                .GroupBy(q => q.GetProperty("task_name").GetString()!).Take(Tasks).ToList();
            for (var i = 0; i < Tasks; i++)
            {
                var (a, b) = (byTask[i].First().GetProperty("query").GetString()!, byTask[i].Skip(1).First().GetProperty("query").GetString()!);
                (prompts[i].Task, prompts[i].Text, prompts[i].Language) = (byTask[i].Key, a[..(a.Length / 2)] + " " + b[(b.Length / 2)..], "en");
            }

            await db.SaveChangesAsync();
            hintsVersion = await db.PromptTemplateVersions.Where(v => v.Template!.IsBuiltIn && v.Template.Kind == PromptTemplateKind.GenerationWithHints).Select(v => v.Id).SingleAsync();
        }

        var hinted = await TestRuns.CopyAsync(app, plain, run => (run.Name, run.ThoughtTemplateSetId, run.HintsTemplateVersionId) = ("with hints", setId, hintsVersion));
        foreach (var run in new[] { plain, hinted })
        {
            await TestRuns.StartAsync(app, run);
            Assert.Equal(RunStatus.Completed, (await TestRuns.WaitUntilFinishedAsync(app, run, TimeSpan.FromMinutes(3))).Status);
        }

        await using var session = await browser.OpenSessionAsync(output, nameof(The_compare_page_shows_a_run_with_hints_against_one_without_per_task));
        await session.RunAsync(async page =>
        {
            await AppPages.LogInAsync(page, baseUri, Email, Password);
            await AppPages.GoToAsync(page, baseUri, $"runs/compare?a={plain}&b={hinted}");
            await Expect(page.GetByTestId("compare-task-row")).ToHaveCountAsync(Tasks, new() { Timeout = 30_000 });
            await page.GetByTestId("compare-tasks").ScrollIntoViewIfNeededAsync();
            await session.ScreenshotAsync("thought-hints-01-compare-per-task");
            Assert.True(session.ConsoleErrors.Count == 0, $"Console errors:\n{string.Join("\n", session.ConsoleErrors)}");
        });
    }

    private static async Task<int> BuildSetAsync(FusionApp app, string fakeUrl)
    {
        var member = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, Email), new Claim(ClaimTypes.Role, AppRoles.Member)], "test"));
        int logSet;
        await using (var scope = app.Services.CreateAsyncScope())
        await using (var file = RoutingLogSample.Open())
        {
            var imported = await scope.ServiceProvider.GetRequiredService<LogImporter>().ImportAsync(
                file, RoutingLogSample.FileName, new RunPlan { Methods = [AggregationMethod.Random], Pairs = [] }, member, RoutingLogSample.Prices);
            Assert.True(imported.Succeeded, string.Join(" ", imported.FileErrors));
        }

        int teacherId;
        int providerId;
        await using (var db = app.CreateDbContext())
        {
            logSet = await db.Runs.Where(r => r.Source == RunSource.ImportedLog).Select(r => r.Id).SingleAsync();
            var provider = new Provider { Name = "fake", BaseUrl = fakeUrl, MaxConcurrency = 16, InputPricePerMillionTokens = 0.5m, OutputPricePerMillionTokens = 1.5m, CreatedAt = DateTimeOffset.UtcNow };
            var teacher = new Teacher { Name = "summarizer", Provider = provider, Model = "summarizer", Temperature = 0, CreatedAt = DateTimeOffset.UtcNow };
            db.Teachers.Add(teacher);
            await db.SaveChangesAsync();
            (teacherId, providerId) = (teacher.Id, provider.Id);
        }

        var created = await app.Services.GetRequiredService<ThoughtTemplateService>().CreateAsync(
            new ThoughtTemplateSetRequest { Name = "shared logs", SourceRunIds = [logSet], SummarizerTeacherId = teacherId, EmbeddingModel = EmbeddingModelKey.ForProvider(providerId, "fake-embed") },
            member);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Values));
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            await using var db = app.CreateDbContext();
            var status = await db.ThoughtTemplateSets.Where(s => s.Id == created.SetId).Select(s => s.Status).SingleAsync();
            if (status != ThoughtTemplateSetStatus.Building)
            {
                Assert.Equal(ThoughtTemplateSetStatus.Ready, status);
                return created.SetId!.Value;
            }

            Assert.True(DateTime.UtcNow < deadline, "The set was not built within 3 minutes.");
            await Task.Delay(200);
        }
    }
}
