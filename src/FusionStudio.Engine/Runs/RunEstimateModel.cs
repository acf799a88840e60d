namespace FusionStudio.Engine.Runs;

/// <summary>What the estimate needs of one model: its longest answer and its provider's prices.</summary>
public sealed record RunEstimateModel(int MaxTokens, decimal InputPricePerMillionTokens, decimal OutputPricePerMillionTokens)
{
    /// <summary>The same formula as the gateway's cost accounting.</summary>
    public decimal CostOf(long inputTokens, long outputTokens) =>
        (inputTokens * InputPricePerMillionTokens + outputTokens * OutputPricePerMillionTokens) / 1_000_000m;
}
