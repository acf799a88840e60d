using Bunit;
using FusionStudio.Data.RunChanges;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.Detail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.UnitTests.RunPages;

public sealed class RunPageTests : RunPagesTestContext
{
    [Fact]
    public async Task Shows_progress_by_step_and_errors_by_reason()
    {
        var run = await SeedRunAsync();

        var page = Render<RunPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForAssertion(() => Assert.Equal("8 / 10", StepCount(page, "generated")));
        Assert.Equal("7 / 10", StepCount(page, "scored"));
        Assert.Equal("6 / 10", StepCount(page, "aggregated"));
        Assert.Equal("3 / 10", StepCount(page, "done"));
        Assert.Equal("2 / 10", StepCount(page, "failed"));
        Assert.Contains("left", page.Find("[data-testid=eta]").TextContent, StringComparison.Ordinal);

        var groups = page.FindAll("[data-testid=error-group]");
        Assert.Equal(3, groups.Count);
        Assert.Contains("HTTP 429 rate limited after # attempts", groups[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("4", groups[0].QuerySelector("[data-testid=error-count]")!.TextContent.Trim());
        Assert.Contains("Judge candidate", groups[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("3", groups[1].QuerySelector("[data-testid=error-count]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Lists_the_prompts_with_their_stage()
    {
        var run = await SeedRunAsync();

        var page = Render<RunPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForAssertion(() => Assert.Equal(10, page.FindAll("[data-testid=prompt-table] tbody tr").Count));
        var fourth = page.FindAll("[data-testid=prompt-table] tbody tr")[3];
        Assert.Contains("Failed", fourth.QuerySelector("[data-testid=stage]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("HTTP 429", fourth.TextContent, StringComparison.Ordinal);
        Assert.Equal("auto", fourth.QuerySelector("[dir]")!.GetAttribute("dir"));
    }

    [Fact]
    public async Task Editors_get_the_controls_that_fit_the_status()
    {
        var run = await SeedRunAsync();

        var page = Render<RunPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForElement("[data-testid=run-actions]");
        Assert.NotEmpty(page.FindAll("[data-testid=pause]"));
        Assert.NotEmpty(page.FindAll("[data-testid=cancel]"));
        Assert.Contains("Retry 2 failed", page.Find("[data-testid=retry]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=resume]"));
        Assert.Equal($"/runs/new?from={run.Id}", page.Find("[data-testid=run-again]").GetAttribute("href"));
    }

    public static TheoryData<RunStatus> EveryStatus() => new(Enum.GetValues<RunStatus>());

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public async Task The_buttons_are_the_lifecycle_tables_commands_for_the_status(RunStatus status)
    {
        var run = await SeedRunAsync();
        await using (var db = Db())
        {
            await db.Runs.Where(r => r.Id == run.Id).ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, status));
        }

        var page = Render<RunPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForElement("[data-testid=run-actions]");
        var testIds = new Dictionary<RunCommand, string>
        {
            [RunCommand.Start] = "start", [RunCommand.Pause] = "pause", [RunCommand.Resume] = "resume",
            [RunCommand.Cancel] = "cancel", [RunCommand.RetryFailed] = "retry",
        };
        var allowed = RunLifecycle.CommandsFor(status);
        foreach (var (command, testId) in testIds)
        {
            // The seeded run has failed prompts, so retry shows wherever the table allows it.
            Assert.Equal(allowed.Contains(command), page.FindAll($"[data-testid={testId}]").Count == 1);
        }
    }

    [Fact]
    public async Task Pause_pauses_the_run()
    {
        var run = await SeedRunAsync();
        var page = Render<RunPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForElement("[data-testid=pause]").Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=resume]")));
        await using var db = Db();
        Assert.Equal(RunStatus.Paused, (await db.Runs.SingleAsync()).Status);
    }

    [Fact]
    public async Task A_worker_s_notice_refreshes_panel_and_stage_filters_together()
    {
        var run = await SeedRunAsync();
        var page = Render<RunPage>(p => p.Add(c => c.RunId, run.Id));
        page.WaitForAssertion(() => Assert.Equal("3 / 10", StepCount(page, "done")));
        Assert.Contains("Done · 3", page.Find("[data-testid=stage-done]").TextContent, StringComparison.Ordinal);

        await using (var db = Db())
        {
            await db.RunPrompts.Where(p => p.RunId == run.Id && p.Stage == PromptStage.Aggregated)
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.Stage, PromptStage.Done));
        }

        Services.GetRequiredService<IRunChangeNotifier>().Changed(run.Id);

        // Well inside the safety poll: only the notice can have brought the new figures.
        page.WaitForAssertion(() => Assert.Equal("4 / 10", StepCount(page, "done")), TimeSpan.FromSeconds(5));
        Assert.Contains("Done · 4", page.Find("[data-testid=stage-done]").TextContent, StringComparison.Ordinal);
        Assert.Contains("In progress · 4", page.Find("[data-testid=stage-in-progress]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pause_says_paused_at_once()
    {
        var run = await SeedRunAsync();
        var page = Render<RunPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForElement("[data-testid=pause]").Click();

        page.WaitForAssertion(() => Assert.Equal("Paused", page.Find("[data-testid=run-status]").TextContent.Trim()), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Viewers_see_the_run_but_no_controls()
    {
        var run = await SeedRunAsync();
        SignInAsViewer();

        var page = Render<RunPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForAssertion(() => Assert.Equal("3 / 10", StepCount(page, "done")));
        Assert.Empty(page.FindAll("[data-testid=run-actions]"));
    }

    [Fact]
    public void An_unknown_run_says_so()
    {
        var page = Render<RunPage>(p => p.Add(c => c.RunId, 404));

        page.WaitForAssertion(() => Assert.Contains("No such run", page.Markup, StringComparison.Ordinal));
    }

    private async Task<Run> SeedRunAsync()
    {
        await using var db = Db();
        var library = await RunPagesLibrary.SeedAsync(db);
        return await RunPagesRun.SeedAsync(db, library);
    }

    private static string StepCount(IRenderedComponent<RunPage> page, string step) =>
        page.Find($"[data-testid=step-{step}] [data-testid=step-count]").TextContent.Trim();
}
