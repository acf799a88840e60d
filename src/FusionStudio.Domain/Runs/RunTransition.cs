namespace FusionStudio.Domain.Runs;

/// <summary>One allowed move of a run's status.</summary>
public sealed record RunTransition(RunStatus From, RunCommand Command, RunStatus To);
