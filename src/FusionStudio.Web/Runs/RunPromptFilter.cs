using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>Which prompts of a run the table shows; every field left empty lets all prompts through.</summary>
public sealed record RunPromptFilter
{
    public static RunPromptFilter All { get; } = new();

    public static RunPromptFilter InProgress { get; } = new() { Stage = RunPromptStageFilter.InProgress };

    public static RunPromptFilter Done { get; } = new() { Stage = RunPromptStageFilter.Done };

    public static RunPromptFilter Failed { get; } = new() { Stage = RunPromptStageFilter.Failed };

    public RunPromptStageFilter Stage { get; init; }

    public string? Language { get; init; }

    public string? Task { get; init; }

    /// <summary>Words to find in the prompt's text, case-insensitively.</summary>
    public string? Search { get; init; }

    /// <summary>The comparison whose verdict the table shows and filters by; the run's first pair when empty.</summary>
    public MethodPair? Pair { get; init; }

    public RunPromptVerdict? Verdict { get; init; }

    public double? MinScore { get; init; }

    public double? MaxScore { get; init; }
}
