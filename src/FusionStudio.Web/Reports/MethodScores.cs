using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;

namespace FusionStudio.Web.Reports;

/// <summary>The judge scores of one method's answers; an empty distribution means the answers were not scored.</summary>
public sealed record MethodScores(AggregationMethod Method, ScoreDistribution Distribution);
