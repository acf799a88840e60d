using FusionStudio.Data.Identity;
using FusionStudio.Domain.Runs;
using FusionStudio.Jobs.Runs;
using FusionStudio.Web;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.UnitTests.RunPages;

/// <summary>The server-side half of "Editors only": a hidden button is not enough.</summary>
public sealed class RunCommandsTests : IDisposable
{
    private readonly RunPagesDatabase _database = new();
    private readonly RecordingJobClient _jobs = new();

    [Fact]
    public async Task Viewers_cannot_pause_cancel_or_start_a_run()
    {
        var run = await SeedAsync();
        var commands = Commands();
        var viewer = PlannerServices.Person(AppRoles.Viewer, "viewer@example.test");

        var results = new[]
        {
            await commands.PauseAsync(run.Id, viewer),
            await commands.CancelAsync(run.Id, viewer),
            await commands.StartAsync(run.Id, viewer),
            await commands.RetryFailedAsync(run.Id, viewer),
        };

        Assert.All(results, r => Assert.Equal(new RunCommandResult(false, EditorCheck.Denied), r));
        Assert.Empty(_jobs.Jobs);
        await using var db = _database.CreateDbContext();
        Assert.Equal(RunStatus.Running, (await db.Runs.SingleAsync()).Status);
    }

    [Fact]
    public async Task Members_cancel_and_the_run_says_who_did()
    {
        var run = await SeedAsync();

        var result = await Commands().CancelAsync(run.Id, PlannerServices.Person(AppRoles.Member, "ana@example.test"));

        Assert.True(result.Done);
        await using var db = _database.CreateDbContext();
        var cancelled = await db.Runs.SingleAsync();
        Assert.Equal(RunStatus.Cancelled, cancelled.Status);
        Assert.Equal("Cancelled by ana@example.test", cancelled.StopReason);
    }

    public void Dispose() => _database.Dispose();

    private RunCommands Commands()
    {
        var launcher = new RunLauncher(_database, _jobs, Options.Create(new RunOptions()), TimeProvider.System);
        return new RunCommands(new RunControl(_database, launcher, TimeProvider.System), new EditorCheck(PlannerServices.Authorization()));
    }

    private async Task<Run> SeedAsync()
    {
        await using var db = _database.CreateDbContext();
        var library = await RunPagesLibrary.SeedAsync(db);
        return await RunPagesRun.SeedAsync(db, library);
    }
}
