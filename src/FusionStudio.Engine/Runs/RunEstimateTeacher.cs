namespace FusionStudio.Engine.Runs;

/// <summary>A teacher of the pool and how many samples it gives for each prompt.</summary>
public sealed record RunEstimateTeacher(RunEstimateModel Model, int SampleCount);
