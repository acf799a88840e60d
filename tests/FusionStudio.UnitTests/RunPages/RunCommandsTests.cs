using FusionStudio.Data.Identity;
using FusionStudio.Data.RunChanges;
using FusionStudio.Domain.Runs;
using FusionStudio.Jobs.Runs;
using FusionStudio.Web;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FusionStudio.UnitTests.RunPages;

/// <summary>The server-side half of "Editors only": a hidden button is not enough.</summary>
public sealed class RunCommandsTests : IDisposable
{
    private readonly RunPagesDatabase _database = new();
    private readonly RecordingJobClient _jobs = new();
    private readonly IRunChangeNotifier _changes = new CoalescingRunChangeNotifier(
        new InProcessRunChangeTransport(new RunChangeFeed()), NullLogger<CoalescingRunChangeNotifier>.Instance);

    [Fact]
    public async Task Viewers_cannot_pause_cancel_or_start_a_run()
    {
        var run = await SeedAsync();
        var commands = Commands();
        var viewer = PlannerServices.Person(AppRoles.Viewer, "viewer@example.test");

        var results = new List<RunCommandResult>();
        foreach (var command in RunLifecycle.PeopleCommands)
        {
            results.Add(await commands.ExecuteAsync(run.Id, command, viewer));
        }

        Assert.All(results, r => Assert.Equal(new RunCommandResult(false, EditorCheck.Denied), r));
        Assert.Empty(_jobs.Jobs);
        await using var db = _database.CreateDbContext();
        Assert.Equal(RunStatus.Running, (await db.Runs.SingleAsync()).Status);
    }

    [Fact]
    public async Task Members_cancel_and_the_run_says_who_did()
    {
        var run = await SeedAsync();

        var result = await Commands().ExecuteAsync(run.Id, RunCommand.Cancel, PlannerServices.Person(AppRoles.Member, "ana@example.test"));

        Assert.True(result.Done);
        await using var db = _database.CreateDbContext();
        var cancelled = await db.Runs.SingleAsync();
        Assert.Equal(RunStatus.Cancelled, cancelled.Status);
        Assert.Equal("Cancelled by ana@example.test", cancelled.StopReason);
    }

    [Fact]
    public async Task Start_answers_at_once_and_leaves_planning_the_batches_to_a_job()
    {
        var half = await SeedAsync();
        int runId;
        await using (var db = _database.CreateDbContext())
        {
            var queued = new Run { Name = "Fresh run", Status = RunStatus.Queued, DatasetId = half.DatasetId, Counters = new RunCounters { PromptCount = RunPagesLibrary.PromptCount }, CreatedAt = DateTimeOffset.UtcNow };
            db.Runs.Add(queued);
            await db.SaveChangesAsync();
            runId = queued.Id;
        }

        var result = await Commands().ExecuteAsync(runId, RunCommand.Start, PlannerServices.Person(AppRoles.Member, "ana@example.test"));

        // The run is running and its page can open; nothing is planned yet, one job will do it.
        Assert.True(result.Done);
        await using (var db = _database.CreateDbContext())
        {
            Assert.Equal(RunStatus.Running, (await db.Runs.SingleAsync(r => r.Id == runId)).Status);
            Assert.Equal(0, await db.RunPrompts.CountAsync(p => p.RunId == runId));
        }

        var plan = Assert.Single(_jobs.Jobs);
        Assert.Equal(typeof(PlanRunBatchesJob), plan.Type);

        await new PlanRunBatchesJob(Launcher()).RunAsync((int)plan.Args[0], CancellationToken.None);

        await using (var db = _database.CreateDbContext())
        {
            Assert.Equal(RunPagesLibrary.PromptCount, await db.RunPrompts.CountAsync(p => p.RunId == runId));
        }

        Assert.Contains(_jobs.Jobs, job => job.Type == typeof(AdvanceRunBatchJob) && (int)job.Args[0] == runId);
    }

    public static TheoryData<RunStatus, RunCommand> EveryStatusAndCommand()
    {
        var data = new TheoryData<RunStatus, RunCommand>();
        foreach (var status in Enum.GetValues<RunStatus>())
        {
            foreach (var command in RunLifecycle.PeopleCommands)
            {
                data.Add(status, command);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryStatusAndCommand))]
    public async Task A_command_moves_the_run_exactly_as_the_lifecycle_table_says(RunStatus status, RunCommand command)
    {
        var run = await SeedAsync();
        await using (var db = _database.CreateDbContext())
        {
            await db.Runs.Where(r => r.Id == run.Id).ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, status));
        }

        var result = await Commands().ExecuteAsync(run.Id, command, PlannerServices.Person(AppRoles.Member, "ana@example.test"));

        await using var after = _database.CreateDbContext();
        var stored = (await after.Runs.SingleAsync(r => r.Id == run.Id)).Status;
        var target = RunLifecycle.Target(status, command);
        Assert.Equal(target is not null, result.Done);
        Assert.Equal(target ?? status, stored);
        if (target is null)
        {
            Assert.Equal(RunLifecycle.Refusal(command), result.Message);
        }

        // Only a move into Running puts batches on the queue.
        Assert.Equal(target == RunStatus.Running, _jobs.Jobs.Count > 0);
    }

    public void Dispose() => _database.Dispose();

    private RunCommands Commands()
    {
        var mover = new RunStatusMover(_database, _changes, TimeProvider.System);
        return new RunCommands(new RunControl(_database, Launcher(), mover, _jobs), new EditorCheck(PlannerServices.Authorization()));
    }

    private RunLauncher Launcher() => new(_database, _jobs, _changes, Options.Create(new RunOptions()));

    private async Task<Run> SeedAsync()
    {
        await using var db = _database.CreateDbContext();
        var library = await RunPagesLibrary.SeedAsync(db);
        return await RunPagesRun.SeedAsync(db, library);
    }
}
