namespace FusionStudio.Domain.Runs;

/// <summary>
/// The run router's decision for one prompt, made once and kept: the run's teachers it ranked, best first. The
/// routed methods read it, so generation, selection and fusion agree, and a retry never routes again.
/// </summary>
public sealed class PromptRoute
{
    public long Id { get; set; }

    public int RunId { get; set; }

    public long PromptId { get; set; }

    public int RouterId { get; set; }

    /// <summary>Ranked teachers, best first; empty when routing failed.</summary>
    public List<RouteChoice> Choices { get; set; } = [];

    /// <summary>Why the prompt could not be routed, when it could not.</summary>
    public string? Error { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The teachers that answer for a method that reads the best <paramref name="count"/>.</summary>
    public IReadOnlyList<int> Best(int count) => Choices.OrderBy(c => c.Rank).Take(count).Select(c => c.TeacherId).ToList();
}
