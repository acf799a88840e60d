namespace FusionStudio.Engine.Attribution;

public enum AttributionSpanKind
{
    /// <summary>Words found in a source.</summary>
    Source,

    /// <summary>Words found in no source: the fusor wrote them.</summary>
    New,

    /// <summary>Spaces and punctuation between spans of different kinds; never compared.</summary>
    Plain,
}
