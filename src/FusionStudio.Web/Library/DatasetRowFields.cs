namespace FusionStudio.Web.Library;

/// <summary>The fields of one line as a file gave them, before any check.</summary>
internal sealed record DatasetRowFields(string? Prompt, string? Language, string? Task, string? Reference, string? Id, Dictionary<string, string> Metadata);
