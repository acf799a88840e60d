namespace FusionStudio.Engine.Gateway;

/// <summary>A stored answer and the tokens it took when it was first paid for.</summary>
public sealed record ModelCacheEntry(
    int ProviderId, string Model, string Text, int InputTokens, int OutputTokens, string? FinishReason);
