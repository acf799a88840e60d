using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;

namespace FusionStudio.Web.Reports.Compare;

/// <summary>
/// One pair of methods in one run against the baseline run, on the prompts both judged: each run's win rate there
/// (with its Wilson interval), the paired difference of the two (with a paired bootstrap interval) and how many
/// prompts changed verdict.
/// </summary>
public sealed record PairShift(MethodPair Pair, int RunId, WinRateEstimate Baseline, WinRateEstimate Run, PairedDifference Difference, int Changed);
