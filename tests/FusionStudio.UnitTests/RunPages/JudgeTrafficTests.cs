using Bunit;
using FusionStudio.Domain.Runs;
using FusionStudio.Jobs.Runs;
using FusionStudio.Web.Components.Pages.Runs.Detail;
using FusionStudio.Web.Library;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace FusionStudio.UnitTests.RunPages;

/// <summary>"Judge this traffic" on a live run's page: the button, and the dialog that pins the judge and queues the judging job.</summary>
public sealed class JudgeTrafficTests : RunPagesTestContext
{
    public JudgeTrafficTests()
        : base(services => services
            .AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider())
            .AddLibraryFeatures())
    {
    }

    [Fact]
    public async Task A_live_runs_judge_is_picked_in_the_dialog_and_the_judging_job_is_queued()
    {
        var (run, library) = await SeedRunAsync(RunSource.Live);
        var dialogs = Render<MudDialogProvider>();
        var page = Render<RunPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForElement("[data-testid=judge-traffic]").Click();
        dialogs.WaitForElement("[data-testid=judge-traffic-start]");
        var judge = dialogs.FindComponents<MudSelect<int?>>().First();
        await dialogs.InvokeAsync(() => judge.Instance.ValueChanged.InvokeAsync(library.JudgeId));
        dialogs.Find("[data-testid=judge-traffic-start]").Click();

        dialogs.WaitForAssertion(() => Assert.Empty(dialogs.FindAll("[data-testid=judge-traffic-start]")));
        var job = Assert.Single(Jobs.Jobs);
        Assert.Equal(typeof(JudgeLiveRunJob), job.Type);
        await using var db = Db();
        var judged = await db.Runs.SingleAsync(r => r.Id == run.Id);
        Assert.Equal(library.JudgeId, judged.JudgeTeacherId);
        Assert.Contains(AggregationMethod.BestOfN, judged.Methods);
        Assert.Equal([new MethodPair(AggregationMethod.FusionOfN, AggregationMethod.BestOfN)], judged.ComparisonPairs);
    }

    [Fact]
    public async Task A_run_that_is_not_live_has_no_judge_this_traffic_button()
    {
        var (run, _) = await SeedRunAsync(RunSource.Generated);

        var page = Render<RunPage>(p => p.Add(c => c.RunId, run.Id));

        page.WaitForElement("[data-testid=setup]");
        Assert.Empty(page.FindAll("[data-testid=judge-traffic]"));
    }

    private async Task<(Run Run, RunPagesLibrary Library)> SeedRunAsync(RunSource source)
    {
        await using var db = Db();
        var library = await RunPagesLibrary.SeedAsync(db);
        var run = await RunPagesRun.SeedAsync(db, library);
        run.Source = source;
        run.Methods = [AggregationMethod.FusionOfN];
        run.ComparisonPairs = [];
        run.JudgeTeacherId = null;
        await db.SaveChangesAsync();
        return (run, library);
    }
}
