namespace FusionStudio.Web.Thoughts;

/// <summary>A past answer a template was written from: its model, score (in [0, 1]) and text.</summary>
public sealed record ThoughtSourceView(long CandidateId, string Model, double? Score, string Text);
