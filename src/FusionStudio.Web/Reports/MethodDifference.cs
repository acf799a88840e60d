using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;

namespace FusionStudio.Web.Reports;

/// <summary>How much one method's judge score moved from run A to run B on the prompts both scored.</summary>
public sealed record MethodDifference(AggregationMethod Method, PairedDifference Difference);
