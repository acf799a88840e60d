namespace FusionStudio.Engine.Attribution;

/// <summary>
/// Where each part of a fused text came from: spans that cover the whole text in order, and how many of its tokens
/// each source contributed.
/// </summary>
public sealed record TextAttribution(IReadOnlyList<AttributionSpan> Spans, IReadOnlyList<int> SourceTokens, int NewTokens)
{
    public int TokenCount => SourceTokens.Sum() + NewTokens;

    /// <summary>The part of the fused text's tokens taken from source <paramref name="source"/>, from 0 to 1.</summary>
    public double ShareOf(int source) => TokenCount == 0 ? 0 : (double)SourceTokens[source] / TokenCount;

    /// <summary>The part of the fused text's tokens found in no source.</summary>
    public double NewShare => TokenCount == 0 ? 0 : (double)NewTokens / TokenCount;
}
