namespace FusionStudio.Web.Reports;

// Member-initialised, not positional, so that EF can read its members in the grouping that follows.
internal sealed class UsageRow
{
    public int Calls { get; init; }

    public int InputTokens { get; init; }

    public int OutputTokens { get; init; }

    public decimal Cost { get; init; }

    public int LatencyMs { get; init; }
}
