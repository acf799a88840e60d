namespace FusionStudio.Engine.Exports;

/// <summary>A preference-tuning example: the prompt with a chosen and a rejected answer.</summary>
public sealed record PreferencePairRow(int RunId, ExportPrompt Prompt, ExportAnswer Chosen, ExportAnswer Rejected, PreferencePairRule Rule);
