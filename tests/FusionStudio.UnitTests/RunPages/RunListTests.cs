using Bunit;
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
}
