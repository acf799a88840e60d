namespace FusionStudio.Web.Runs;

/// <summary>The most frequent error reasons of a run, and how many reasons there are in all.</summary>
public sealed record RunErrorGroups(IReadOnlyList<RunErrorGroup> Top, int ReasonCount, int ErrorCount)
{
    public static RunErrorGroups None { get; } = new([], 0, 0);
}
