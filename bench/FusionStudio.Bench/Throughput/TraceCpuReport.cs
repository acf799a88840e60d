using System.Globalization;
using System.Text;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.EventPipe;

namespace FusionStudio.Bench.Throughput;

/// <summary>
/// Where the CPU went in a thread-time trace. The sampler takes every thread's stack about 100 times a second, waiting
/// or not. A sample taken in native code is mostly a wait (a blocked thread pool thread, a socket poll), and so is a
/// managed one whose running frame is a wait primitive or a stop for the GC: both are left out, and what remains is
/// the code that was working. Native work (the GC itself, the JIT, syscalls) is missing; the counters CSV beside the
/// trace gives the GC's share.
/// </summary>
internal static class TraceCpuReport
{
    // Running frames that mean the thread was not working: blocked, sleeping, or held at a safe point during a GC.
    private static readonly string[] s_waits =
    [
        "WaitHandle.Wait", "LowLevelLifoSemaphore.Wait", "SemaphoreSlim.Wait", "ManualResetEventSlim.Wait", "Monitor.Wait",
        "Thread.Sleep", "PollGC", "Interop+Sys.WaitForSocketEvents", "Interop+Sys.Read",
    ];

    public static string Write(string nettrace, int top)
    {
        var exclusive = new Dictionary<string, int>();
        var inclusive = new Dictionary<string, int>();
        var assemblies = new Dictionary<string, int>();
        var callers = new Dictionary<string, Dictionary<string, int>>();
        var (working, waiting, all) = (0, 0, 0);

        string etlx;
        try
        {
            etlx = TraceLog.CreateFromEventPipeDataFile(nettrace);
        }
        catch (FormatException exception)
        {
            // A recording stopped before dotnet-trace wrote its end (the method names come last) cannot be read here.
            return $"The trace {nettrace} ends early ({exception.Message}): it was stopped before it was complete, so its "
                + "methods cannot be named. The counters CSV beside it still holds; on Linux, `perf record -g` on the process "
                + "with DOTNET_PerfMapEnabled=1 gives the same view, the runtime's own threads included.";
        }

        using (var log = new TraceLog(etlx))
        {
            var source = log.Events.GetSource();
            var profiler = new SampleProfilerTraceEventParser(source);
            profiler.ThreadSample += sample =>
            {
                all++;
                if (sample.Type != ClrThreadSampleType.Managed || sample.CallStack() is not { } stack)
                {
                    return;
                }

                if (s_waits.Any(wait => Name(stack.CodeAddress).Contains(wait, StringComparison.Ordinal)))
                {
                    waiting++;
                    return;
                }

                working++;
                var (methods, modules) = (new HashSet<string>(), new HashSet<string>());
                var leaf = Name(stack.CodeAddress);
                Add(exclusive, leaf);
                Add(callers.TryGetValue(leaf, out var calledFrom) ? calledFrom : callers[leaf] = [], Caller(stack));
                for (var frame = stack; frame is not null; frame = frame.Caller)
                {
                    if (methods.Add(Name(frame.CodeAddress)))
                    {
                        Add(inclusive, Name(frame.CodeAddress));
                    }

                    if (modules.Add(frame.CodeAddress.ModuleName ?? "?"))
                    {
                        Add(assemblies, frame.CodeAddress.ModuleName ?? "?");
                    }
                }
            };
            source.Process();
        }

        File.Delete(etlx);

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture,
            $"{all:N0} thread samples: {working:N0} working in managed code (the 100 % below), {waiting:N0} managed but waiting, the rest in native code.");
        Section(report, "Assemblies on the stack (inclusive: a sample counts once for each assembly on its stack)", assemblies, working, top);
        Section(report, "Methods by exclusive samples (the frame that was running; ? = a frame without a name, such as a runtime stub)", exclusive, working, top);
        Section(report, "Methods by inclusive samples (anywhere on the stack)", inclusive, working, top);
        Section(report, "FusionStudio's own methods by inclusive samples (after an await, a stack starts at the continuation: the code that resumed it is below, not what awaited)",
            inclusive.Where(m => m.Key.StartsWith("FusionStudio.", StringComparison.Ordinal) && !m.Key.StartsWith("FusionStudio.Bench", StringComparison.Ordinal)
                && !m.Key.StartsWith("FusionStudio.Testing", StringComparison.Ordinal)).ToDictionary(), working, top);
        report.AppendLine().AppendLine("Who ran the busiest frames (the nearest caller outside the runtime library, share of that frame's samples):");
        foreach (var (leaf, count) in exclusive.OrderByDescending(c => c.Value).Take(12))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {leaf} ({100.0 * count / Math.Max(1, working):0.0} %)");
            foreach (var (caller, times) in callers[leaf].OrderByDescending(c => c.Value).Take(4))
            {
                report.AppendLine(CultureInfo.InvariantCulture, $"      {100.0 * times / count,5:0.0} %  {caller}");
            }
        }
        return report.ToString();
    }

    private static void Section(StringBuilder report, string title, Dictionary<string, int> counts, int total, int top)
    {
        report.AppendLine().AppendLine(title + ":");
        foreach (var (name, count) in counts.OrderByDescending(c => c.Value).Take(top))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {100.0 * count / Math.Max(1, total),5:0.0} %  {name}");
        }
    }

    /// <summary>The first frame up the stack in another assembly than the runtime library and with a name.</summary>
    private static string Caller(TraceCallStack stack)
    {
        for (var frame = stack.Caller; frame is not null; frame = frame.Caller)
        {
            if (frame.CodeAddress.ModuleName is { Length: > 0 } module && module != "System.Private.CoreLib")
            {
                return Name(frame.CodeAddress);
            }
        }

        return "(runtime only)";
    }

    private static string Name(TraceCodeAddress address)
    {
        var method = address.FullMethodName is { Length: > 0 } full ? full : "?";
        var parameters = method.IndexOf('(', StringComparison.Ordinal);
        return $"{address.ModuleName}!{(parameters > 0 ? method[..parameters] : method)}";
    }

    private static void Add(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
