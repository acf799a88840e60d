namespace FusionStudio.Engine.Attribution;

/// <summary>A stretch of the fused text, by UTF-16 offsets into it; <see cref="Source"/> is the source's index.</summary>
public sealed record AttributionSpan(int Start, int Length, AttributionSpanKind Kind, int? Source = null)
{
    public int End => Start + Length;

    public static AttributionSpan From(int source, int start, int length) => new(start, length, AttributionSpanKind.Source, source);

    public static AttributionSpan New(int start, int length) => new(start, length, AttributionSpanKind.New);

    public static AttributionSpan Plain(int start, int length) => new(start, length, AttributionSpanKind.Plain);

    public string TextOf(string text) => text.Substring(Start, Length);
}
