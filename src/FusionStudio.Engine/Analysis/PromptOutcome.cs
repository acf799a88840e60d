namespace FusionStudio.Engine.Analysis;

/// <summary>One verdict on one prompt, as an outcome for method A.</summary>
public readonly record struct PromptOutcome(long PromptId, Outcome Outcome);
