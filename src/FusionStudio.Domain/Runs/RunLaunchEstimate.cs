namespace FusionStudio.Domain.Runs;

/// <summary>
/// The forecast a run was started with: its calls, and its cost as a range — the low end with answers as short as
/// observed (or nothing observed: a quarter of max tokens), the expected value, and the ceiling at every teacher's max tokens.
/// </summary>
public sealed class RunLaunchEstimate
{
    public long Calls { get; set; }

    public long InputTokens { get; set; }

    public long OutputTokensExpected { get; set; }

    public long OutputTokensHigh { get; set; }

    public decimal CostLow { get; set; }

    public decimal CostExpected { get; set; }

    public decimal CostHigh { get; set; }
}
