namespace FusionStudio.Domain.Runs;

/// <summary>Where a run's candidates come from.</summary>
public enum RunSource
{
    /// <summary>The run's teachers are asked for every candidate.</summary>
    Generated = 0,

    /// <summary>The candidates were imported from logs of several models; the run never generates.</summary>
    ImportedLog = 1,

    /// <summary>The prompts are requests a recipe version served; they arrive one by one and the run never ends.</summary>
    Live = 2,
}
