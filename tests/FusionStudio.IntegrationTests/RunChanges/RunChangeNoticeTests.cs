using FusionStudio.Data.RunChanges;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.Testing;
using FusionStudio.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FusionStudio.IntegrationTests.RunChanges;

/// <summary>
/// A web process and a worker process share nothing but PostgreSQL: the worker's notices that a run moved reach the
/// web process's pages through LISTEN/NOTIFY, coalesced to a few a second however busy the run is.
/// </summary>
public sealed class RunChangeNoticeTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_worker_s_run_notices_reach_the_web_process_through_postgres()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var web = FusionApp.OnPostgres(database, HostRole.Web);
        await using var worker = FusionApp.OnPostgres(database, HostRole.Worker);
        web.CreateClient();
        worker.CreateClient();
        var runId = await TestRuns.CreateAsync(web, fake.BaseUrl, new TestRunShape { Prompts = 12 });
        var notices = 0;
        var otherRun = 0;
        var feed = web.Services.GetRequiredService<RunChangeFeed>();
        using var subscription = feed.Subscribe(runId, () => Interlocked.Increment(ref notices));
        using var other = feed.Subscribe(runId + 1, () => Interlocked.Increment(ref otherRun));

        // The notifier the web process uses for its own commands is not involved: the worker's reach it over PostgreSQL.
        worker.Services.GetRequiredService<IRunChangeNotifier>().Changed(runId);
        await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref notices) > 0), TimeSpan.FromSeconds(30));

        var started = DateTime.UtcNow;
        var before = Volatile.Read(ref notices);
        await TestRuns.StartAsync(web, runId);
        var run = await TestRuns.WaitUntilFinishedAsync(web, runId);
        var took = DateTime.UtcNow - started;
        await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref notices) > before + 1), TimeSpan.FromSeconds(10));

        Assert.Equal(RunStatus.Completed, run.Status);
        // 12 prompts change stage 4 times each, plus the status moves: without coalescing that is 50 notices or more.
        var ceiling = (int)Math.Ceiling(took / CoalescingRunChangeNotifier.Window) + 2;
        var during = Volatile.Read(ref notices) - before;
        output.WriteLine($"{during} notices over {took.TotalSeconds:0.0} s of run (at most {ceiling} allowed by the window)");
        Assert.InRange(during, 2, ceiling);
        Assert.Equal(0, otherRun);
    }
}
