using FusionStudio.Data.Runs;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>What the prompt table's filters offer for one run: its languages, tasks and comparison pairs.</summary>
public sealed record RunPromptPageChoices(
    IReadOnlyList<string> Languages,
    IReadOnlyList<string> Tasks,
    IReadOnlyList<MethodPair> Pairs,
    RunPromptScoreSource ScoreSource)
{
    public static RunPromptPageChoices None { get; } = new([], [], [], RunPromptScoreSource.None);
}
