namespace FusionStudio.Engine.Exports;

public sealed record AggregateRow(int RunId, ExportPrompt Prompt, ExportAggregate Aggregate);
