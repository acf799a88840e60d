using System.Diagnostics;
using FusionStudio.Testing;

namespace FusionStudio.Bench.Chaos;

/// <summary>
/// The chaos suite: the same run on web + worker processes, a real PostgreSQL server of its own and the fake provider,
/// once without faults and once per scenario, then one table of what each fault cost.
/// </summary>
internal static class ChaosBenchmark
{
    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var settings = new ChaosSettings
        {
            Prompts = arguments.Prompts,
            Teachers = Math.Min(arguments.Candidates, 4),
            LatencyMs = arguments.LatencyMs,
            ProviderConcurrency = arguments.Concurrency,
        };
        Console.WriteLine($"chaos: {settings.Prompts} prompts x {settings.Teachers} teachers, BoN + FusioN + one compared pair, "
            + $"{settings.Workers} workers, batches of {settings.BatchSize}, {settings.LatencyMs} ms latency, provider concurrency {settings.ProviderConcurrency}");
        await using var server = await TestPostgresServer.StartAsync();

        var baseline = await RunScenarioAsync(server, settings, ChaosScenario.NoFault);
        var outcomes = new List<ChaosOutcome> { baseline };
        foreach (var scenario in ChaosScenarios.All(baseline.PaidCalls))
        {
            if (arguments.Scenario is { } only && !scenario.Name.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            outcomes.Add(await RunScenarioAsync(server, settings, scenario));
        }

        Console.WriteLine();
        Console.WriteLine("paid = provider answers billed; paid/min = paid over the no-fault run's; paid 2x = the same request answered again;");
        Console.WriteLine("unstored = paid answers with no stored call (a storm's malformed bodies are paid and retried); recovery = per fault");
        Console.WriteLine(ChaosOutcome.Header);
        foreach (var outcome in outcomes)
        {
            Console.WriteLine(outcome.Row(baseline.PaidCalls, baseline.Wall));
        }

        var passed = outcomes.All(o => o.Passed);
        Console.WriteLine(passed ? "all scenarios passed" : "SOME SCENARIOS FAILED");
        return passed ? 0 : 1;
    }

    private static async Task<ChaosOutcome> RunScenarioAsync(TestPostgresServer server, ChaosSettings settings, ChaosScenario scenario)
    {
        Console.WriteLine($"scenario: {scenario.Name}");
        await using var cluster = await ChaosCluster.StartAsync(server, settings, scenario.ProviderFaults);
        using var patience = new CancellationTokenSource(settings.RunPatience);
        var clock = await cluster.StartRunAsync();
        var inflicted = scenario.Inflict(cluster, patience.Token);
        var finished = await WaitUntilFinishedAsync(cluster, patience.Token);
        var wall = clock.Elapsed;
        IReadOnlyList<TimeSpan> recoveries = [];
        try
        {
            recoveries = await inflicted;
        }
        catch (OperationCanceledException) when (patience.IsCancellationRequested)
        {
            Console.WriteLine("  the fault did not finish within the run's patience");
        }

        if (!finished)
        {
            Console.WriteLine(await cluster.DescribeStallAsync());
        }

        var outcome = await ChaosAudit.ReadAsync(cluster, scenario.Name, recoveries, wall);
        Console.WriteLine($"  {(finished ? "finished" : "NOT finished")} in {wall.TotalSeconds:0.0} s");
        foreach (var reason in outcome.FailureReasons)
        {
            Console.WriteLine($"  failed: {reason}");
        }

        return outcome;
    }

    private static async Task<bool> WaitUntilFinishedAsync(ChaosCluster cluster, CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            try
            {
                if (await cluster.IsFinishedAsync())
                {
                    return true;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be down on purpose; keep looking.
            }

            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return false;
    }
}
