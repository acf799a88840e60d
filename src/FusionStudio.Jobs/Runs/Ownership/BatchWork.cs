namespace FusionStudio.Jobs.Runs.Ownership;

/// <summary>What is being done to a batch: each kind has owners of its own.</summary>
public enum BatchWork
{
    /// <summary>Advancing its prompts (<see cref="AdvanceRunBatchJob"/>).</summary>
    Prompts = 0,

    /// <summary>Computing its FusioN@k points (<c>AdvanceScalingBatchJob</c>).</summary>
    ScalingPoints = 1,
}
