namespace FusionStudio.Data.Calls.Totals;

/// <summary>One step (purpose) of one prompt of a run: the key of <see cref="PromptStepLatency"/>.</summary>
public readonly record struct PromptStepKey(int RunId, ModelCallPurpose Purpose, long PromptId);
