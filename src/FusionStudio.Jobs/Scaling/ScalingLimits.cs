namespace FusionStudio.Jobs.Scaling;

/// <summary>The k values a run can add FusioN@k points for: 1 to N − 1 (FusioN@N is the run's own fused answer).</summary>
public static class ScalingLimits
{
    public static IReadOnlyList<int> Choosable(int candidatesPerPrompt) =>
        candidatesPerPrompt <= 1 ? [] : Enumerable.Range(1, candidatesPerPrompt - 1).ToList();

    /// <summary>The problem with <paramref name="limits"/>, or null when every k can be added.</summary>
    public static string? Problem(IReadOnlyCollection<int> limits, int candidatesPerPrompt)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (limits.Count == 0)
        {
            return "Choose at least one k.";
        }

        var wrong = limits.Where(k => k < 1 || k >= candidatesPerPrompt).Distinct().Order().ToList();
        return wrong.Count == 0 ? null : $"k must be from 1 to {candidatesPerPrompt - 1}; {string.Join(", ", wrong)} is not.";
    }
}
