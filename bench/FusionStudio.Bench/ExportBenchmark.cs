using System.Diagnostics;
using System.Globalization;
using FusionStudio.Data;
using FusionStudio.Engine.Exports;
using FusionStudio.Testing;
using FusionStudio.Web.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.Bench;

/// <summary>
/// Seeds a run with many candidates straight into PostgreSQL (binary COPY), then streams its full log as JSON Lines
/// through <see cref="RunExporter"/> to a stream that only counts bytes: rows per second, and whether memory stays
/// flat (peak working set and largest managed heap during the export, next to the process before it).
/// </summary>
internal static class ExportBenchmark
{
    private const int Teachers = 8;

    public static async Task<int> RunAsync(string[] args)
    {
        var candidates = Number(args, "--candidates", 800_000);
        if (Environment.GetEnvironmentVariable(TestPostgres.EnvironmentVariable) is null)
        {
            await Console.Error.WriteLineAsync($"The export benchmark needs PostgreSQL: run it inside `bash .ci/with-postgres` ({TestPostgres.EnvironmentVariable}).");
            return 2;
        }

        await using var database = await TestPostgres.CreateDatabaseAsync();
        await using var app = new FusionApp(DatabaseProvider.PostgreSql, database.ConnectionString);
        app.With("Logging:LogLevel:Default", "Warning").CreateClient();

        var seedClock = Stopwatch.StartNew();
        var runId = await TestRuns.CreateAsync(app, "http://127.0.0.1:9/v1", new TestRunShape
        {
            Prompts = 0,
            TeacherModels = Enumerable.Range(0, Teachers).Select(i => $"sim-teacher-{i}").ToList(),
        });
        var prompts = candidates / Teachers;
        await ExportBenchmarkSeeder.SeedAsync(app, database.ConnectionString, runId, prompts);
        seedClock.Stop();

        var exporter = app.Services.GetRequiredService<RunExporter>();
        var request = new ExportRequest(ExportKind.FullLog, ExportFormat.Jsonl);
        await using var output = new CountingStream();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peakBefore = process.PeakWorkingSet64;
        var workingSetBefore = process.WorkingSet64;
        var heapBefore = GC.GetTotalMemory(forceFullCollection: false);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var heapWatch = new HeapWatch(TimeSpan.FromMilliseconds(50));

        var clock = Stopwatch.StartNew();
        var rows = await exporter.WriteAsync(runId, request, output, CancellationToken.None);
        clock.Stop();
        var allocatedAfterExport = GC.GetTotalAllocatedBytes(precise: true);

        // The same batches read without writing: what is left of the time is formatting and output.
        var readClock = Stopwatch.StartNew();
        await exporter.CountAsync(runId, request, CancellationToken.None);
        readClock.Stop();

        process.Refresh();
        var allocated = allocatedAfterExport - allocatedBefore;
        Console.WriteLine($"database          PostgreSQL (seeded {prompts:N0} prompts x {Teachers} teachers in {seedClock.Elapsed.TotalSeconds:0.0} s, binary COPY)");
        Console.WriteLine($"export            full log, JSON Lines, batches of {RunExporter.PromptsPerBatch} prompts");
        Console.WriteLine($"rows              {rows:N0}");
        Console.WriteLine($"bytes             {output.Bytes:N0} ({output.Bytes / 1048576.0:0.0} MiB)");
        Console.WriteLine($"time              {clock.Elapsed.TotalSeconds:0.00} s");
        Console.WriteLine($"rows/s            {rows / clock.Elapsed.TotalSeconds:N0}");
        Console.WriteLine($"reading only      {readClock.Elapsed.TotalSeconds:0.00} s (the same batches, counted, not written)");
        Console.WriteLine($"working set       {Mib(workingSetBefore)} before, {Mib(process.WorkingSet64)} after");
        Console.WriteLine($"peak working set  {Mib(peakBefore)} before, {Mib(process.PeakWorkingSet64)} after (+{Mib(process.PeakWorkingSet64 - peakBefore)})");
        Console.WriteLine($"managed heap      {Mib(heapBefore)} before, max {Mib(heapWatch.MaxHeapBytes)} during the export");
        Console.WriteLine($"GC allocated      {Mib(allocated)} ({allocated / Math.Max(rows, 1):N0} bytes per row), gen2 collections {GC.CollectionCount(2)}");
        return rows == (long)prompts * Teachers ? 0 : 1;
    }

    private static string Mib(long bytes) => $"{bytes / 1048576.0:0.0} MiB";

    private static int Number(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
