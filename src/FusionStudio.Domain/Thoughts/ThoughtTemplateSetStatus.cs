namespace FusionStudio.Domain.Thoughts;

public enum ThoughtTemplateSetStatus
{
    /// <summary>Templates are being written; the set can be read but not used yet.</summary>
    Building = 0,

    /// <summary>Every past query has its template (or the summarizer's error).</summary>
    Ready = 1,

    /// <summary>The build stopped before the end; building again continues where it stopped.</summary>
    Failed = 2,
}
