namespace FusionStudio.Engine.Thoughts;

/// <summary>A thought template retrieved for a new prompt: which template, its text and how similar its past query was.</summary>
public sealed record ThoughtHint(long TemplateId, string Text, float Similarity);
