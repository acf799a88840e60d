using FusionStudio.Engine.Analysis;
using FusionStudio.Web.Runs;

namespace FusionStudio.Web.Reports;

/// <summary>The figures of a run's report, all computed by the statistics of Engine.Analysis.</summary>
public sealed record RunReport(
    int RunId,
    string Name,
    IReadOnlyList<PairReport> Pairs,
    IReadOnlyList<MethodScores> Scores,
    IReadOnlyList<MethodCost> Costs,
    UsageTotals Evaluation,
    UsageTotals Scaling,
    RunErrorGroups Errors);
