namespace FusionStudio.Engine.Runs;

/// <summary>
/// What the estimate needs of one model: its longest answer, its provider's prices, and — where it has answered
/// before in the same role — the mean length of its answers, from the call log.
/// </summary>
public sealed record RunEstimateModel(int MaxTokens, decimal InputPricePerMillionTokens, decimal OutputPricePerMillionTokens)
{
    public double? ObservedOutputTokens { get; init; }

    /// <summary>The same formula as the gateway's cost accounting.</summary>
    public decimal CostOf(long inputTokens, long outputTokens) =>
        (inputTokens * InputPricePerMillionTokens + outputTokens * OutputPricePerMillionTokens) / 1_000_000m;
}
