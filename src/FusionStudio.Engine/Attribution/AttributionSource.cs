namespace FusionStudio.Engine.Attribution;

/// <summary>One text the fused answer may have drawn from, with the score that breaks ties between equal matches.</summary>
public sealed record AttributionSource(string? Text, double? Score = null);
