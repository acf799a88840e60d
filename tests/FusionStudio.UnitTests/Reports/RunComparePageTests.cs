using Bunit;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs.Compare;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.UnitTests.Reports;

public sealed class RunComparePageTests : ReportPagesTestContext
{
    [Fact]
    public async Task Shows_both_runs_side_by_side_and_the_prompts_they_share()
    {
        var (library, first) = await SeedAsync();
        Run second;
        await using (var db = Db())
        {
            second = await ReportRunSeed.SeedAsync(db, library, name: "Second run");
        }

        var page = Open(first.Id, second.Id);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=compare-pair-row]")));
        Assert.StartsWith("75.0%", page.Find("[data-testid=compare-win-rate]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.StartsWith("75.0%", page.Find("[data-testid=compare-baseline-win-rate]").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("0.0 pp (0.0 to 0.0)", page.Find("[data-testid=compare-shift]").TextContent.Trim());
        Assert.Equal("0", page.Find("[data-testid=compare-changed]").TextContent.Trim());
        Assert.Equal(2, page.FindAll("[data-testid=compare-chart] [data-testid=chart-point]").Count);
        Assert.Contains("5.88", page.Find("[data-testid=compare-method-row]").TextContent, StringComparison.Ordinal);
        page.WaitForAssertion(() => Assert.Equal(RunPagesLibraryPrompts, page.FindAll("[data-testid=shared-table] tbody tr").Count));
        var firstRow = page.FindAll("[data-testid=shared-table] tbody tr")[0];
        Assert.Contains("8.00", firstRow.TextContent, StringComparison.Ordinal);
        // Numbered as the run page numbers its prompts: from 1.
        Assert.Equal("1", firstRow.QuerySelector("[data-testid=shared-number]")!.TextContent.Trim());
        Assert.Equal("Fusion-of-N better", firstRow.QuerySelector("[data-testid=verdict-a]")!.TextContent.Trim());
        Assert.StartsWith($"/runs/{second.Id}/prompts/", firstRow.QuerySelector("[data-testid=verdict-b]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sweep_compares_every_run_with_the_baseline()
    {
        var (library, first) = await SeedAsync();
        Run second;
        Run third;
        await using (var db = Db())
        {
            second = await ReportRunSeed.SeedAsync(db, library, name: "Fusor v2");
            third = await ReportRunSeed.SeedAsync(db, library, name: "Fusor v3");
            // Fusor v3 loses the first prompt that v1 won.
            var prompt = await db.Comparisons.Where(c => c.RunId == first.Id && c.Final == PairVerdict.A).OrderBy(c => c.PromptId).Select(c => c.PromptId).FirstAsync();
            await db.Comparisons.Where(c => c.RunId == third.Id && c.PromptId == prompt).ExecuteUpdateAsync(set => set.SetProperty(c => c.Final, PairVerdict.B));
        }

        Services.GetRequiredService<NavigationManager>().NavigateTo($"/runs/compare?a={first.Id}&b={second.Id}&b={third.Id}");
        var page = Render<RunComparePage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=compare-pair-row]").Count));
        var rows = page.FindAll("[data-testid=compare-pair-row]");
        Assert.Equal("0", rows[0].QuerySelector("[data-testid=compare-changed]")!.TextContent.Trim());
        Assert.Equal("1", rows[1].QuerySelector("[data-testid=compare-changed]")!.TextContent.Trim());
        Assert.StartsWith("−", rows[1].QuerySelector("[data-testid=compare-shift]")!.TextContent.Trim().Replace("-", "−", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(3, page.FindAll("[data-testid=compare-chart] [data-testid=chart-point]").Count);
        page.WaitForAssertion(() => Assert.Equal(RunPagesLibraryPrompts, page.FindAll("[data-testid=shared-table] tbody tr").Count));
        Assert.Single(page.FindAll("[data-testid=shared-table] tbody tr")[0].QuerySelectorAll("[data-testid=verdict-run]"));

        page.Find("input[data-testid=changed-only]").Change(true);

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=shared-table] tbody tr")));
        var changed = page.Find("[data-testid=shared-table] tbody tr");
        Assert.Equal("Fusion-of-N better", changed.QuerySelector("[data-testid=verdict-a]")!.TextContent.Trim());
        Assert.Equal("Best-of-N better", changed.QuerySelector("[data-testid=verdict-run]")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_per_task_table_shows_where_the_second_run_scored_higher()
    {
        var (library, first) = await SeedAsync();
        Run second;
        List<(string Task, long PromptId)> tasks;
        await using (var db = Db())
        {
            second = await ReportRunSeed.SeedAsync(db, library, name: "With hints");
            var prompts = await db.DatasetPrompts.Where(p => p.DatasetId == first.DatasetId).OrderBy(p => p.Ordinal).ToListAsync();
            prompts.ForEach(p => p.Task = p.Ordinal % 2 == 0 ? "math" : "trivia");
            await db.SaveChangesAsync();
            tasks = prompts.Select(p => (p.Task, p.Id)).ToList();

            // The second run's answers on math prompts score one point higher; trivia stays the same.
            var math = tasks.Where(t => t.Task == "math").Select(t => t.PromptId).ToList();
            var candidateIds = db.Candidates.Where(c => c.RunId == second.Id && math.Contains(c.PromptId)).Select(c => (long?)c.Id);
            var aggregateIds = db.Aggregates.Where(a => a.RunId == second.Id && math.Contains(a.PromptId)).Select(a => (long?)a.Id);
            await db.Scores.Where(s => s.RunId == second.Id && (candidateIds.Contains(s.CandidateId) || aggregateIds.Contains(s.AggregateId)))
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.Value, s => s.Value + 1));
        }

        var page = Open(first.Id, second.Id);

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=compare-task-row]")));
        var rows = page.FindAll("[data-testid=compare-task-row]");
        Assert.Equal(["math", "trivia"], rows.Select(r => r.GetAttribute("data-task")!).Distinct());
        Assert.All(rows.Where(r => r.GetAttribute("data-task") == "math"), r => Assert.Equal("+1.00", r.QuerySelector("[data-testid=task-change]")!.TextContent.Trim()));
        Assert.All(rows.Where(r => r.GetAttribute("data-task") == "trivia"), r => Assert.Equal("0.00", r.QuerySelector("[data-testid=task-change]")!.TextContent.Trim()));
        Assert.All(rows, r => Assert.Equal(
            r.QuerySelector("[data-testid=task-mean-a]")!.TextContent.Trim() == r.QuerySelector("[data-testid=task-mean-b]")!.TextContent.Trim(),
            r.GetAttribute("data-task") == "trivia"));
    }

    [Fact]
    public async Task Runs_over_different_datasets_share_no_prompt()
    {
        var (library, first) = await SeedAsync();
        Run other;
        await using (var db = Db())
        {
            var dataset = new Dataset { Name = "Other", CreatedAt = DateTimeOffset.UtcNow, PromptCount = 1, Prompts = [new DatasetPrompt { Ordinal = 0, Text = "Another question?" }] };
            db.Datasets.Add(dataset);
            await db.SaveChangesAsync();
            other = await ReportRunSeed.SeedAsync(db, library with { DatasetId = dataset.Id }, name: "Other run", withResults: false);
        }

        var page = Open(first.Id, other.Id);

        page.WaitForAssertion(() => Assert.Contains("share no prompt", page.Find("[data-testid=no-shared-prompts]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_two_runs_it_asks_for_them()
    {
        await SeedAsync();

        var page = Render<RunComparePage>();

        page.WaitForAssertion(() => Assert.Contains("Pick two runs", page.Markup, StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=shared-table]"));
    }

    private IRenderedComponent<RunComparePage> Open(int a, int b)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/runs/compare?a={a}&b={b}");
        return Render<RunComparePage>();
    }

    private const int RunPagesLibraryPrompts = RunPages.RunPagesLibrary.PromptCount;
}
