using System.Diagnostics;
using System.Globalization;
using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi;
using FusionStudio.FakeOpenAi.Faults;
using FusionStudio.Testing;
using FusionStudio.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FusionStudio.Bench.Chaos;

/// <summary>
/// One scenario's world: a fresh database on the suite's own PostgreSQL server, the fake provider, a web process and
/// worker processes started as a container starts them, and an in-process host that plans the run and reads results.
/// </summary>
internal sealed class ChaosCluster : IAsyncDisposable
{
    private static readonly string[] s_teacherModels = ["sim-concise", "sim-stepwise", "sim-detailed", "sim-cautious"];

    private readonly List<AppProcess> _workers = [];
    private readonly List<AppProcess> _stopped = [];
    private readonly Lock _membership = new();
    private readonly string _masterKey;
    private int _workersStarted;

    private ChaosCluster(TestPostgresServer server, ChaosSettings settings, string connectionString, string masterKey, FakeOpenAiServer models, AppProcess web, FusionApp driver)
    {
        _masterKey = masterKey;
        Server = server;
        Settings = settings;
        ConnectionString = connectionString;
        Models = models;
        Web = web;
        Driver = driver;
    }

    public TestPostgresServer Server { get; }

    public ChaosSettings Settings { get; }

    public string ConnectionString { get; }

    public FakeOpenAiServer Models { get; }

    public AppProcess Web { get; }

    public FusionApp Driver { get; }

    public int RunId { get; private set; }

    /// <summary>The workers that answered their health check and still run: the ones a fault may hit.</summary>
    public IReadOnlyList<AppProcess> Workers
    {
        get
        {
            lock (_membership)
            {
                return [.. _workers];
            }
        }
    }

    public static async Task<ChaosCluster> StartAsync(TestPostgresServer server, ChaosSettings settings, string? providerFaults)
    {
        var connectionString = await server.CreateDatabaseAsync();
        var models = await FakeOpenAiServer.StartAsync();
        models.Configure(o => o with
        {
            LatencyMs = settings.LatencyMs,
            FaultSeed = 7,
            Fault = providerFaults is null ? null : FaultDirective.Parse(providerFaults),
        });

        // The web process applies the migrations; everything else starts once it answers.
        var masterKey = WorkerProcessSettings.NewMasterKey();
        var webSettings = ProcessSettings(connectionString, settings, masterKey);
        webSettings["Hosting__Role"] = "Web";
        var web = AppProcess.Start("web", webSettings);
        await web.WaitForHealthAsync(_ => true, TimeSpan.FromMinutes(2), "answer from /healthz");
        var driver = new FusionApp(DatabaseProvider.PostgreSql, connectionString, HostRole.Web)
            .With("Logging:LogLevel:Default", "Warning")
            // The driver reads through a database restart on purpose; its failed reads are expected, not news.
            .With("Logging:LogLevel:Microsoft.EntityFrameworkCore", "None")
            .With("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", "None")
            .With("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Connection", "None")
            .With("DataProtection:MasterKey", masterKey)
            .With("Runs:BatchSize", settings.BatchSize.ToString(CultureInfo.InvariantCulture));
        driver.CreateClient();

        var cluster = new ChaosCluster(server, settings, connectionString, masterKey, models, web, driver);
        for (var i = 0; i < settings.Workers; i++)
        {
            await cluster.StartWorkerAsync();
        }

        return cluster;
    }

    public async Task<Stopwatch> StartRunAsync()
    {
        RunId = await TestRuns.CreateAsync(Driver, Models.BaseUrl, new TestRunShape
        {
            Prompts = Settings.Prompts,
            TeacherModels = s_teacherModels[..Settings.Teachers],
            Methods = [AggregationMethod.BestOfN, AggregationMethod.FusionOfN],
            Concurrency = Settings.ProviderConcurrency,
        });
        var clock = Stopwatch.StartNew();
        await TestRuns.StartAsync(Driver, RunId);
        return clock;
    }

    /// <summary>A new worker process, as a restart policy starts one; returns once it answers its health check.</summary>
    public async Task<AppProcess> StartWorkerAsync()
    {
        var name = $"chaos-worker-{++_workersStarted}";
        var worker = AppProcess.Start(name, ProcessSettings(ConnectionString, Settings, _masterKey));
        try
        {
            await worker.WaitForHealthAsync(_ => true, TimeSpan.FromMinutes(2), "answer from /healthz");
        }
        catch
        {
            lock (_membership)
            {
                _stopped.Add(worker);
            }

            throw;
        }

        // Only a started worker can be hit: a fault on one still starting would be a failed start, not a crash.
        lock (_membership)
        {
            _workers.Add(worker);
        }

        return worker;
    }

    /// <summary>Takes a worker out of the cluster (killed, stopped); it is disposed with the cluster.</summary>
    public void Remove(AppProcess worker)
    {
        lock (_membership)
        {
            _workers.Remove(worker);
            _stopped.Add(worker);
        }
    }

    public async Task<bool> IsFinishedAsync()
    {
        await using var db = Driver.CreateDbContext();
        var status = await db.Runs.Where(r => r.Id == RunId).Select(r => r.Status).SingleAsync();
        return status.IsFinished();
    }

    /// <summary>Calls stored for the run so far, or null while the database does not answer.</summary>
    public async Task<int?> StoredCallsAsync()
    {
        try
        {
            await using var db = Driver.CreateDbContext();
            return await db.ModelCalls.CountAsync(c => c.RunId == RunId);
        }
        catch (Exception e) when (DatabaseFaults.IsTransient(e) || e is NpgsqlException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The first ordinals of the batches a worker owns right now, from the server's advisory locks.</summary>
    public async Task<IReadOnlyList<int>> BatchesOwnedByAsync(AppProcess worker) =>
        [.. (await OwnersAsync()).Where(o => o.OwnerProcessId == worker.ProcessId).Select(o => o.FirstOrdinal)];

    /// <summary>Whether each batch is owned again by a live worker, or has nothing left to do.</summary>
    public async Task<bool> AreTakenOverAsync(IReadOnlyList<int> batches, AppProcess formerOwner)
    {
        var owners = await OwnersAsync();
        await using var db = Driver.CreateDbContext();
        foreach (var first in batches)
        {
            var last = first + Settings.BatchSize - 1;
            var open = await db.RunPrompts.AnyAsync(p => p.RunId == RunId && p.Ordinal >= first && p.Ordinal <= last
                && p.Stage != PromptStage.Done && p.Stage != PromptStage.Failed);
            if (open && !owners.Any(o => o.FirstOrdinal == first && o.OwnerProcessId != formerOwner.ProcessId))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Why a run has not finished: its open prompts by batch and stage, who owns each batch, the batch jobs by queue
    /// state, and the end of each worker's log.
    /// </summary>
    public async Task<string> DescribeStallAsync()
    {
        var lines = new List<string>();
        await using (var db = Driver.CreateDbContext())
        {
            var open = await db.RunPrompts.Where(p => p.RunId == RunId && p.Stage != PromptStage.Done && p.Stage != PromptStage.Failed)
                .Select(p => new { p.Ordinal, p.Stage }).ToListAsync();
            lines.AddRange(open.GroupBy(p => (p.Ordinal / Settings.BatchSize * Settings.BatchSize, p.Stage))
                .Select(g => $"batch {g.Key.Item1}: {g.Count()} prompts at {g.Key.Stage}"));
        }

        var owners = await OwnersAsync();
        lines.Add($"owners: {string.Join(", ", owners.Select(o => $"batch {o.FirstOrdinal} by pid {o.OwnerProcessId}"))}");
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                """
                SELECT statename, substring(invocationdata::text from '([A-Za-z]+Job)[,"]'), count(*)
                FROM hangfire.job GROUP BY 1, 2 ORDER BY 1, 2
                """,
                connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                lines.Add($"jobs: {reader.GetValue(0)} {reader.GetValue(1)} x {reader.GetInt64(2)}");
            }
        }

        foreach (var worker in _workers.Concat(_stopped))
        {
            var output = worker.Describe().Split('\n');
            lines.Add($"{worker.Name} (pid {worker.ProcessId}), last lines:");
            lines.AddRange(output.TakeLast(25).Select(l => "    " + l));
        }

        return string.Join(Environment.NewLine, lines.Select(l => "  " + l));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _workers.Concat(_stopped))
        {
            await process.DisposeAsync();
        }

        await Driver.DisposeAsync();
        await Web.DisposeAsync();
        await Models.DisposeAsync();
    }

    /// <summary>Batch owners by worker process: owner sessions are named after their worker, <c>machine:pid:role</c>.</summary>
    private async Task<List<(int FirstOrdinal, int OwnerProcessId)>> OwnersAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT l.objid::bigint, a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2 AND l.classid::bigint = $1
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = (long)RunId });
        await using var reader = await command.ExecuteReaderAsync();
        var owners = new List<(int, int)>();
        while (await reader.ReadAsync())
        {
            var worker = reader.GetString(1).Split(':');
            owners.Add(((int)reader.GetInt64(0), worker.Length >= 3 && int.TryParse(worker[^2], CultureInfo.InvariantCulture, out var pid) ? pid : 0));
        }

        return owners;
    }

    private static Dictionary<string, string> ProcessSettings(string connectionString, ChaosSettings settings, string masterKey)
    {
        var environment = WorkerProcessSettings.For(connectionString, settings.BatchSize, settings.PromptConcurrency, masterKey);
        environment["Logging__LogLevel__Default"] = "Warning";
        environment["Gateway__AttemptTimeout"] = settings.AttemptTimeout.ToString("c", CultureInfo.InvariantCulture);
        environment["Gateway__MaxDelay"] = "00:00:02";
        return environment;
    }
}
