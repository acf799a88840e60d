using FusionStudio.Data.Runs;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>One page of a run's prompts, how many match the filter in all, and what the score and verdict columns show.</summary>
public sealed record RunPromptPage(IReadOnlyList<RunPromptRow> Rows, int Total)
{
    public RunPromptScoreSource ScoreSource { get; init; }

    public MethodPair? Pair { get; init; }
}
