namespace FusionStudio.Jobs.Scaling;

/// <summary>
/// FusioN@k points as someone asks for them: the k values, how many seeded random k-subsets each prompt's point
/// averages, and optionally on how many prompts (a seeded sample) to keep them cheap.
/// </summary>
public sealed record ScalingRequest(IReadOnlyCollection<int> Limits, int Subsets = ScalingRequest.DefaultSubsets, int? PromptLimit = null)
{
    public const int DefaultSubsets = 3;

    public const int MaxSubsets = 20;

    /// <summary>The problem with the subsets or the prompt sample, or null; the k values are checked by <see cref="ScalingLimits"/>.</summary>
    public string? Problem()
    {
        if (Subsets is < 1 or > MaxSubsets)
        {
            return $"Subsets per prompt must be from 1 to {MaxSubsets}; {Subsets} is not.";
        }

        return PromptLimit is < 1 ? $"Prompts must be at least 1; {PromptLimit} is not." : null;
    }
}
