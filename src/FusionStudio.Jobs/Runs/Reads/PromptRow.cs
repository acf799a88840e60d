namespace FusionStudio.Jobs.Runs.Reads;

/// <summary>A row a batch read returns, with the prompt it belongs to; a named type, so a compiled query can make it.</summary>
public sealed record PromptRow<TRow>(long PromptId, TRow Row);
