using FusionStudio.Data.Calls;
using FusionStudio.Engine.Analysis;

namespace FusionStudio.Web.Reports;

internal static class CallTotalsConversion
{
    /// <summary>The call log's totals in the shape the report's statistics read.</summary>
    public static UsageTotals ToUsageTotals(this CallTotals totals) =>
        new(totals.Prompts, totals.Calls, totals.InputTokens, totals.OutputTokens, totals.Cost, totals.LatencyMs);
}
