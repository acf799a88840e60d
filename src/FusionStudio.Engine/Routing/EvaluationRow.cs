namespace FusionStudio.Engine.Routing;

/// <summary>One line of an evaluation table: mean actual performance, cost per query (USD) and normalised reward.</summary>
public sealed record EvaluationRow(string Name, EvaluationRowKind Kind, double Performance, double CostPerQuery, double Reward);
