namespace FusionStudio.Engine.Analysis;

/// <summary>The win rate of one group of prompts: one language, or one task.</summary>
public sealed record WinRateGroup(string Key, WinRateEstimate Estimate);
