namespace FusionStudio.Engine.Routing;

public sealed record TaskTable(string Task, int Queries, IReadOnlyList<EvaluationRow> Rows);
