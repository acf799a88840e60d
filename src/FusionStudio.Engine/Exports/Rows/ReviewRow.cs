namespace FusionStudio.Engine.Exports;

public sealed record ReviewRow(int RunId, ExportPrompt Prompt, ExportReview Review);
