using System.Globalization;

namespace FusionStudio.Bench.Throughput;

/// <summary>CPU time, resident memory and children of any process, read from Linux's <c>/proc</c>.</summary>
internal static class ProcFs
{
    // USER_HZ: the unit of /proc/<pid>/stat's times, 100 on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>
    /// User plus system CPU time of the process; with <paramref name="reapedChildren"/> also that of its children that
    /// have exited and been waited for (a PostgreSQL backend that ends keeps counting through its postmaster).
    /// Zero when the process is gone.
    /// </summary>
    public static TimeSpan CpuTime(int pid, bool reapedChildren = false)
    {
        if (Fields(pid) is not { } fields)
        {
            return TimeSpan.Zero;
        }

        // Fields after the command name: index 11 is utime, 12 stime, 13 cutime, 14 cstime (stat's fields 14–17).
        var ticks = Tick(fields[11]) + Tick(fields[12]) + (reapedChildren ? Tick(fields[13]) + Tick(fields[14]) : 0);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>
    /// The CPU time of the exited and waited-for children recorded in a copy of a /proc/&lt;pid&gt;/stat line: how a
    /// parent that outlives its child learns what the child used.
    /// </summary>
    public static TimeSpan ReapedChildrenCpuTime(string stat)
    {
        var fields = AfterCommandName(stat);
        return TimeSpan.FromSeconds((Tick(fields[13]) + Tick(fields[14])) / TicksPerSecond);
    }

    /// <summary>The process's resident set in bytes (VmRSS), zero when it is gone.</summary>
    public static long ResidentBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }

    /// <summary>The process and every process below it, as they are now.</summary>
    public static IReadOnlyList<int> Tree(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && Fields(pid) is { } fields)
            {
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            }
        }

        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++)
        {
            tree.AddRange(parents.Where(p => p.Value == tree[i]).Select(p => p.Key));
        }

        return tree;
    }

    /// <summary>The fields of /proc/&lt;pid&gt;/stat after the command name (which may hold spaces), state first.</summary>
    private static string[]? Fields(int pid)
    {
        try
        {
            return AfterCommandName(File.ReadAllText($"/proc/{pid}/stat"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string[] AfterCommandName(string stat) => stat[(stat.LastIndexOf(')') + 2)..].Split(' ');

    private static double Tick(string field) => double.Parse(field, CultureInfo.InvariantCulture);
}
