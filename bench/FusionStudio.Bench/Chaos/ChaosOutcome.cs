using System.Globalization;

namespace FusionStudio.Bench.Chaos;

/// <summary>What one scenario left behind, read from the database and the fake provider's request log.</summary>
internal sealed record ChaosOutcome(
    string Scenario,
    bool Completed,
    int FailedPrompts,
    int Lost,
    int DuplicateRows,
    int PaidCalls,
    int PaidTwice,
    int PaidNotStored,
    IReadOnlyList<TimeSpan> Recoveries,
    TimeSpan Wall,
    IReadOnlyList<string> FailureReasons)
{
    public static string Header =>
        $"{"scenario",-22} {"completed",-9} {"failed",6} {"lost",5} {"dup rows",8} {"paid",6} {"paid/min",8} {"paid 2x",7} {"unstored",8} {"wall s",7} {"wall/nf",7}  recovery s";

    public string Row(int minimumCalls, TimeSpan noFaultWall) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Scenario,-22} {(Completed ? "yes" : "NO"),-9} {FailedPrompts,6} {Lost,5} {DuplicateRows,8} {PaidCalls,6} {(double)PaidCalls / minimumCalls,8:0.00} {PaidTwice,7} {PaidNotStored,8} {Wall.TotalSeconds,7:0.0} {Wall / noFaultWall,7:0.00}  {Describe(Recoveries)}");

    /// <summary>The scenario's bar: complete, lose and duplicate nothing, recover within a minute.</summary>
    public bool Passed => Completed && FailedPrompts == 0 && Lost == 0 && DuplicateRows == 0 && Recoveries.All(r => r <= TimeSpan.FromSeconds(60));

    private static string Describe(IReadOnlyList<TimeSpan> recoveries) =>
        recoveries.Count == 0 ? "-" : string.Join(" ", recoveries.Select(r => r.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)));
}
