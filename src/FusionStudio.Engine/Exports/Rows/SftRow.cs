namespace FusionStudio.Engine.Exports;

/// <summary>A chat fine-tuning example: the prompt's conversation and the chosen answer.</summary>
public sealed record SftRow(int RunId, ExportPrompt Prompt, ExportAnswer Answer, SftAnswerRule Rule);
