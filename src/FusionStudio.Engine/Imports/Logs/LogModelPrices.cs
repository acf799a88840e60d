namespace FusionStudio.Engine.Imports.Logs;

/// <summary>
/// Prices per million tokens, per model of a log, for records that give tokens but no cost (routing logs carry none):
/// such a record costs its input and output tokens times its model's price. A record's own cost always stands.
/// </summary>
public sealed class LogModelPrices
{
    public const decimal MaxPricePerMillion = 10_000m;

    private readonly Dictionary<string, decimal> _perMillion;

    public LogModelPrices(IReadOnlyDictionary<string, decimal>? perMillionTokens = null)
    {
        _perMillion = new Dictionary<string, decimal>(perMillionTokens ?? new Dictionary<string, decimal>(), StringComparer.Ordinal);
    }

    public static LogModelPrices None { get; } = new();

    public IReadOnlyDictionary<string, decimal> PerMillionTokens => _perMillion;

    /// <summary>What is wrong with the prices (a negative or absurd price), keyed by model; empty when they are fine.</summary>
    public Dictionary<string, string> Problems() =>
        _perMillion.Where(p => p.Value is < 0 or > MaxPricePerMillion)
            .ToDictionary(p => p.Key, p => $"the price of {p.Key} must be between 0 and {MaxPricePerMillion:N0} per million tokens", StringComparer.Ordinal);

    /// <summary>The record's own cost, else its tokens at its model's price, else zero.</summary>
    public decimal CostOf(LogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Cost is { } logged)
        {
            return logged;
        }

        return _perMillion.TryGetValue(record.Model, out var price)
            ? ((record.InputTokens ?? 0) + (record.OutputTokens ?? 0)) * price / 1_000_000m
            : 0m;
    }
}
