using Bunit;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Components.Pages.Runs;

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
}
