namespace FusionStudio.Data.Calls;

/// <summary>
/// How long one step of a run (one call purpose) takes for a prompt, on average over the prompts it served. The
/// calls of one step of one prompt run side by side (the N candidates, the judge's scores of them), so the step takes
/// as long as its slowest call: <see cref="MeanSlowestCallMs"/> is the mean over prompts of that slowest call.
/// </summary>
public sealed record StepLatency(ModelCallPurpose Purpose, int Prompts, double MeanSlowestCallMs);
