namespace FusionStudio.Domain.Runs;

/// <summary>How far one prompt of a run has come. Prompts advance on their own, so a run streams.</summary>
public enum PromptStage
{
    Pending = 0,
    Generated = 1,
    Scored = 2,
    Aggregated = 3,
    Done = 5,
    Failed = 6,
}
