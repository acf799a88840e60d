using System.Diagnostics;
using System.Net;

namespace FusionStudio.Bench.Chaos;

/// <summary>The faults of the chaos suite, each inflicted on a running cluster while it works through the same run.</summary>
internal static class ChaosScenarios
{
    public const string Storm = "429@0.2+500@0.05+timeout@0.02+malformed@0.01";

    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(200);

    public static IReadOnlyList<ChaosScenario> All(int minimumCalls) =>
    [
        new("kill worker x10", null, (cluster, token) => KillWorkersAsync(cluster, minimumCalls, 10, token)),
        new("provider storm", Storm, (_, _) => Task.FromResult<IReadOnlyList<TimeSpan>>([])),
        new("postgres restart 10 s", null, (cluster, token) => RestartDatabaseAsync(cluster, minimumCalls, TimeSpan.FromSeconds(10), token)),
        new("worker paused 45 s", null, (cluster, token) => PauseWorkerAsync(cluster, minimumCalls, TimeSpan.FromSeconds(45), token)),
        new("worker stopped (TERM)", null, (cluster, token) => StopWorkerAsync(cluster, minimumCalls, token)),
    ];

    /// <summary>
    /// SIGKILLs a worker at moments spread over the run (preferring one that owns batches, so each kill costs something);
    /// a new one starts after each, as a restart policy does.
    /// </summary>
    private static async Task<IReadOnlyList<TimeSpan>> KillWorkersAsync(ChaosCluster cluster, int minimumCalls, int kills, CancellationToken token)
    {
        var random = new Random(11);
        var recoveries = new List<Task<TimeSpan?>>();
        var replacements = new List<Task>();
        for (var i = 0; i < kills && !await cluster.IsFinishedAsync(); i++)
        {
            await WaitForProgressAsync(cluster, minimumCalls, 0.05 + (0.8 * i / kills), token);
            var victim = await BusiestOrRandomAsync(cluster, random);
            var owned = await cluster.BatchesOwnedByAsync(victim);
            victim.Kill();
            var killed = Stopwatch.StartNew();
            cluster.Remove(victim);
            Console.WriteLine($"  kill {i + 1}: {victim.Name} held batches [{string.Join(", ", owned)}]");
            recoveries.Add(TakenOverAsync(cluster, owned, victim, killed, token));
            replacements.Add(cluster.StartWorkerAsync());
        }

        await Task.WhenAll(replacements);
        return [.. (await Task.WhenAll(recoveries)).OfType<TimeSpan>()];
    }

    private static async Task<Testing.AppProcess> BusiestOrRandomAsync(ChaosCluster cluster, Random random)
    {
        var owners = new List<Testing.AppProcess>();
        foreach (var worker in cluster.Workers)
        {
            if ((await cluster.BatchesOwnedByAsync(worker)).Count > 0)
            {
                owners.Add(worker);
            }
        }

        var pool = owners.Count > 0 ? owners : [.. cluster.Workers];
        return pool[random.Next(pool.Count)];
    }

    /// <summary>Stops PostgreSQL for a while mid-run; recovery is the time from its return to the next stored call.</summary>
    private static async Task<IReadOnlyList<TimeSpan>> RestartDatabaseAsync(ChaosCluster cluster, int minimumCalls, TimeSpan downtime, CancellationToken token)
    {
        await WaitForProgressAsync(cluster, minimumCalls, 0.3, token);
        var before = await cluster.StoredCallsAsync() ?? 0;
        await cluster.Server.StopAsync();
        Console.WriteLine($"  database stopped with {before} calls stored; web /healthz says {await HealthAsync(cluster)}");
        await Task.Delay(downtime, token);
        await cluster.Server.StartServerAsync();
        var back = Stopwatch.StartNew();
        while (await cluster.StoredCallsAsync() is not { } now || now <= before)
        {
            await Task.Delay(s_poll, token);
        }

        var recovery = back.Elapsed;
        Console.WriteLine($"  database back; progress again after {recovery.TotalSeconds:0.0} s; web /healthz says {await HealthAsync(cluster)}");
        return [recovery];
    }

    /// <summary>SIGSTOPs a worker that owns batches for longer than the lease, then lets it go on.</summary>
    private static async Task<IReadOnlyList<TimeSpan>> PauseWorkerAsync(ChaosCluster cluster, int minimumCalls, TimeSpan pause, CancellationToken token)
    {
        var (worker, owned) = await BusyWorkerAsync(cluster, minimumCalls, token);
        worker.Pause();
        var paused = Stopwatch.StartNew();
        Console.WriteLine($"  paused {worker.Name} holding batches [{string.Join(", ", owned)}]");
        var recovery = TakenOverAsync(cluster, owned, worker, paused, token);
        await Task.Delay(pause, token);
        worker.Continue();
        Console.WriteLine($"  {worker.Name} continues after {paused.Elapsed.TotalSeconds:0} s");
        return [.. new[] { await recovery }.OfType<TimeSpan>()];
    }

    /// <summary>SIGTERMs a worker that owns batches, as a deploy does; a new one starts in its place.</summary>
    private static async Task<IReadOnlyList<TimeSpan>> StopWorkerAsync(ChaosCluster cluster, int minimumCalls, CancellationToken token)
    {
        var (worker, owned) = await BusyWorkerAsync(cluster, minimumCalls, token);
        worker.Terminate();
        var stopped = Stopwatch.StartNew();
        cluster.Remove(worker);
        var recovery = TakenOverAsync(cluster, owned, worker, stopped, token);
        var exit = await worker.WaitForExitAsync(TimeSpan.FromMinutes(2));
        Console.WriteLine($"  {worker.Name} exited with code {exit} after {stopped.Elapsed.TotalSeconds:0.0} s, having held batches [{string.Join(", ", owned)}]");
        await cluster.StartWorkerAsync();
        return [.. new[] { await recovery }.OfType<TimeSpan>()];
    }

    private static async Task<(Testing.AppProcess Worker, IReadOnlyList<int> Owned)> BusyWorkerAsync(ChaosCluster cluster, int minimumCalls, CancellationToken token)
    {
        await WaitForProgressAsync(cluster, minimumCalls, 0.3, token);
        while (true)
        {
            foreach (var worker in cluster.Workers)
            {
                if (await cluster.BatchesOwnedByAsync(worker) is { Count: > 0 } owned)
                {
                    return (worker, owned);
                }
            }

            await Task.Delay(s_poll, token);
        }
    }

    /// <summary>How long until every batch the former owner held is owned by another worker or finished.</summary>
    private static async Task<TimeSpan?> TakenOverAsync(ChaosCluster cluster, IReadOnlyList<int> batches, Testing.AppProcess formerOwner, Stopwatch since, CancellationToken token)
    {
        if (batches.Count == 0)
        {
            return null;
        }

        while (!await cluster.AreTakenOverAsync(batches, formerOwner))
        {
            await Task.Delay(s_poll, token);
        }

        return since.Elapsed;
    }

    private static async Task WaitForProgressAsync(ChaosCluster cluster, int minimumCalls, double share, CancellationToken token)
    {
        while ((await cluster.StoredCallsAsync() ?? 0) < minimumCalls * share)
        {
            await Task.Delay(s_poll, token);
        }
    }

    private static async Task<string> HealthAsync(ChaosCluster cluster)
    {
        using var client = cluster.Web.CreateClient();
        try
        {
            using var response = await client.GetAsync("/healthz");
            return $"{(int)response.StatusCode} {response.StatusCode}";
        }
        catch (HttpRequestException e)
        {
            return e.StatusCode is HttpStatusCode code ? code.ToString() : e.Message;
        }
    }
}
