using FusionStudio.Web.Routers;

namespace FusionStudio.Web.Thoughts;

/// <summary>What the build form offers: runs and imported logs to learn from, summarizers, summarizer templates and embedding providers.</summary>
public sealed record ThoughtBuildChoices(
    IReadOnlyList<LogSetSummary> Sources,
    IReadOnlyList<ThoughtBuildOption> Summarizers,
    IReadOnlyList<ThoughtBuildOption> Templates,
    IReadOnlyList<ThoughtBuildOption> EmbeddingProviders)
{
    public static ThoughtBuildChoices None { get; } = new([], [], [], []);
}
