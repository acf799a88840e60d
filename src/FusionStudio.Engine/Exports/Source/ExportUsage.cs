namespace FusionStudio.Engine.Exports;

/// <summary>What a model call cost, as exported.</summary>
public sealed record ExportUsage(int InputTokens, int OutputTokens, decimal Cost, int LatencyMs, string? FinishReason, bool Cached);
