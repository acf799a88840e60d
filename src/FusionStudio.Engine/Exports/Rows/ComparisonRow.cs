namespace FusionStudio.Engine.Exports;

public sealed record ComparisonRow(int RunId, ExportPrompt Prompt, ExportComparison Comparison);
