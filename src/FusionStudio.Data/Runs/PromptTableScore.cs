namespace FusionStudio.Data.Runs;

/// <summary>One prompt's score in the prompt table, as <see cref="PromptTableAnswers.Scores"/> reads it.</summary>
public sealed class PromptTableScore
{
    public long PromptId { get; init; }

    public double? Score { get; init; }
}
