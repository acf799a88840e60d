namespace FusionStudio.Engine.Analysis;

/// <summary>
/// The judge's verdict against people's, one count per review of a prompt the judge also decided. Rows are the
/// judge's outcomes for method A (win, tie, loss); columns are people's (A better, tie, both bad, B better), so
/// "both bad" stays apart from a tie.
/// </summary>
public sealed class JudgeHumanTable
{
    public const int BothBadColumn = 2;

    private readonly int[,] _counts = new int[3, 4];

    public static IReadOnlyList<string> JudgeLabels { get; } = ["A better", "Tie", "B better"];

    public static IReadOnlyList<string> HumanLabels { get; } = ["A better", "Tie", "Both bad", "B better"];

    public int Total { get; private set; }

    public int BothBad => Enumerable.Range(0, 3).Sum(row => _counts[row, BothBadColumn]);

    public int this[int judgeRow, int humanColumn] => _counts[judgeRow, humanColumn];

    /// <summary>One review: the judge's outcome, and people's (null for "both bad").</summary>
    public void Add(Outcome judge, Outcome? human)
    {
        _counts[Row(judge), human is { } outcome ? Column(outcome) : BothBadColumn]++;
        Total++;
    }

    /// <summary>The square table κ reads: judge × people over win, tie, loss, with "both bad" reviews left out.</summary>
    public int[,] Preferences()
    {
        var square = new int[3, 3];
        for (var row = 0; row < 3; row++)
        {
            square[row, 0] = _counts[row, 0];
            square[row, 1] = _counts[row, 1];
            square[row, 2] = _counts[row, 3];
        }

        return square;
    }

    private static int Row(Outcome outcome) => outcome switch
    {
        Outcome.Win => 0,
        Outcome.Tie => 1,
        _ => 2,
    };

    private static int Column(Outcome outcome) => outcome switch
    {
        Outcome.Win => 0,
        Outcome.Tie => 1,
        _ => 3,
    };
}
