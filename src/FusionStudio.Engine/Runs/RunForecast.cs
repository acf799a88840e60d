using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Runs;

/// <summary>
/// A run's cost as a forecast with a range, from the same estimate taken with three answer lengths per model:
/// low — the mean length of the model's earlier answers in that role where the call log has some, else a quarter
/// of its max tokens; expected — that mean, else half its max tokens; high — every answer at max tokens (the
/// ceiling). Longer candidates also make the judge and fusor read more, so each case is a whole estimate.
/// </summary>
public sealed record RunForecast(RunEstimate Low, RunEstimate Expected, RunEstimate High)
{
    /// <summary>Where no model has answered before, the expected answer is this share of its max tokens.</summary>
    public const double UnseenExpectedShare = 0.5;

    /// <summary>Where no model has answered before, the low end takes this share of its max tokens.</summary>
    public const double UnseenLowShare = 0.25;

    public long Calls => High.Calls;

    /// <param name="estimate">How one input becomes an estimate (the run estimate, plus any step added to it).</param>
    public static RunForecast For(RunEstimateInput input, Func<RunEstimateInput, RunEstimate> estimate)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(estimate);
        return new RunForecast(
            estimate(input.WithAnswerLengths(m => m.ObservedOutputTokens ?? m.MaxTokens * UnseenLowShare)),
            estimate(input.WithAnswerLengths(m => m.ObservedOutputTokens ?? m.MaxTokens * UnseenExpectedShare)),
            estimate(input));
    }

    /// <summary>What the run keeps of its forecast, to set against what it cost.</summary>
    public RunLaunchEstimate ToLaunchEstimate() => new()
    {
        Calls = Calls,
        InputTokens = Expected.InputTokens,
        OutputTokensExpected = Expected.OutputTokens,
        OutputTokensHigh = High.OutputTokens,
        CostLow = Low.Cost,
        CostExpected = Expected.Cost,
        CostHigh = High.Cost,
    };
}
