using Bunit;
using FusionStudio.Data.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;
using FusionStudio.Web.Components.Pages.Runs;
using FusionStudio.Web.Components.Pages.Runs.Parts;
using FusionStudio.Web.Components.Pages.Runs.Report;
using FusionStudio.Web.Runs;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.UnitTests.RunPages;

public sealed class RunListTests : RunPagesTestContext
{
    [Fact]
    public async Task A_running_run_shows_its_progress_and_time_left()
    {
        await using (var db = Db())
        {
            var library = await RunPagesLibrary.SeedAsync(db);
            await RunPagesRun.SeedAsync(db, library);
        }

        var list = Render<RunList>();

        // The stored counters say nothing yet; the prompts say 3 done and 2 failed, in 5 minutes.
        list.WaitForAssertion(() => Assert.Contains("3 / 10 done, 2 failed", list.Find("[data-testid=run-table] tbody tr").TextContent, StringComparison.Ordinal));
        Assert.Equal("about 5 min left", list.Find("[data-testid=run-eta]").TextContent.Trim());
    }

    [Fact]
    public async Task Each_run_names_its_dataset_and_pool_and_the_list_is_searched_and_filtered()
    {
        await using (var db = Db())
        {
            var library = await RunPagesLibrary.SeedAsync(db);
            await RunPagesRun.SeedAsync(db, library);
            db.Runs.Add(new Run
            {
                Name = "Fusor prompt sweep, version three, with a name long enough to wrap into several lines on a laptop screen",
                Status = RunStatus.Completed, DatasetId = library.DatasetId, CreatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        var list = Render<RunList>();

        list.WaitForAssertion(() => Assert.Equal(2, list.FindAll("[data-testid=run-name]").Count));
        Assert.Equal(["Questions × (no pool)", "Questions × Two styles"], list.FindAll("[data-testid=run-source]").Select(s => s.TextContent.Trim()));
        var longName = list.FindAll("[data-testid=run-name]")[0];
        Assert.StartsWith("Fusor prompt sweep", longName.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Equal("2 runs", list.Find("[data-testid=run-list-shown]").TextContent.Trim());

        list.Find("input[data-testid=run-search], [data-testid=run-search] input").Input("two STYLES");
        list.WaitForAssertion(() => Assert.Equal("Half-way run", Assert.Single(list.FindAll("[data-testid=run-name]")).TextContent.Trim()));
        Assert.Equal("1 of 2 runs", list.Find("[data-testid=run-list-shown]").TextContent.Trim());

        list.Find("input[data-testid=run-search], [data-testid=run-search] input").Input("no such run");
        list.WaitForAssertion(() => Assert.NotEmpty(list.FindAll("[data-testid=run-list-none]")));
    }

    [Fact]
    public async Task A_member_keeps_a_note_on_a_run_that_is_stored_shown_and_searched()
    {
        int runId;
        await using (var db = Db())
        {
            var library = await RunPagesLibrary.SeedAsync(db);
            runId = (await RunPagesRun.SeedAsync(db, library)).Id;
        }

        var list = Render<RunList>();
        list.WaitForElement("[data-testid=run-note-edit]").Click();
        list.Find("input[data-testid=run-note-input], [data-testid=run-note-input] input").Change("Fusor v3 beat v2 on Arabic");
        list.Find("[data-testid=run-note-save]").Click();

        list.WaitForAssertion(() => Assert.Equal("Fusor v3 beat v2 on Arabic", list.Find("[data-testid=run-note]").TextContent.Trim()));
        await using (var db = Db())
        {
            Assert.Equal("Fusor v3 beat v2 on Arabic", (await db.Runs.FindAsync(runId))!.Note);
        }

        list.Find("input[data-testid=run-search], [data-testid=run-search] input").Input("beat v2");
        list.WaitForAssertion(() => Assert.Single(list.FindAll("[data-testid=run-name]")));
    }

    [Fact]
    public async Task Each_run_shows_the_judge_win_rate_of_its_first_pair_with_its_interval_and_the_run_page_cost()
    {
        int runId;
        await using (var db = Db())
        {
            var library = await RunPagesLibrary.SeedAsync(db);
            var run = await RunPagesRun.SeedAsync(db, library);
            runId = run.Id;
            var prompts = db.RunPrompts.Where(p => p.RunId == runId).OrderBy(p => p.Ordinal).Select(p => p.PromptId).ToList();
            var version = db.PromptTemplateVersions.First().Id;
            Comparison Judged(int prompt, AggregationMethod a, AggregationMethod b, PairVerdict final) => new()
            {
                RunId = runId, PromptId = prompts[prompt], MethodA = a, MethodB = b, TemplateVersionId = version, Final = final,
                Language = "en", Task = "general", CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Comparisons.AddRange(
                Judged(0, AggregationMethod.FusionOfN, AggregationMethod.BestOfN, PairVerdict.A),
                Judged(1, AggregationMethod.FusionOfN, AggregationMethod.BestOfN, PairVerdict.Tie),
                // Stored the other way round: B is Fusion-of-N, so Fusion-of-N won.
                Judged(2, AggregationMethod.BestOfN, AggregationMethod.FusionOfN, PairVerdict.B),
                Judged(3, AggregationMethod.FusionOfN, AggregationMethod.BestOfN, PairVerdict.B));
            await db.SaveChangesAsync();
        }

        var list = Render<RunList>();

        list.WaitForAssertion(() => Assert.Equal("62.5%", list.Find("[data-testid=run-win-rate]").TextContent.Trim()));
        var expected = WinRateInterval.Of(new OutcomeCounts(2, 1, 1), 4, new BootstrapOptions().Level);
        Assert.Equal(ReportText.Interval(expected), list.Find("[data-testid=run-win-rate-interval]").TextContent.Trim().Split('·')[0].Trim());
        Assert.Contains("too few prompts", list.Find("[data-testid=run-headline]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Fusion-of-N vs Best-of-N", list.Find("[data-testid=run-headline]").TextContent, StringComparison.Ordinal);

        // The run page's cost, from the same call log summary.
        var usage = RunUsage.From(await Services.GetRequiredService<RunCallLog>().SummaryAsync(runId));
        Assert.Contains(RunText.Money(usage.Cost), list.Find("[data-testid=run-table] tbody tr").TextContent, StringComparison.Ordinal);
    }
}
