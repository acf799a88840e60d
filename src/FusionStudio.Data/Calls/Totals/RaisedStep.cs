namespace FusionStudio.Data.Calls.Totals;

/// <summary>A prompt's step whose slowest call a save raised: <see cref="PreviousMs"/> is null when the step is new to the prompt.</summary>
public sealed record RaisedStep(PromptStepKey Key, int SlowestMs, int? PreviousMs);
