namespace FusionStudio.Web.Thoughts;

/// <summary>One template as the set's page shows it: the past query, the answers it was written from, and the template.</summary>
public sealed record ThoughtTemplateView(long Id, int RunId, long PromptId, string Query, string Task, IReadOnlyList<ThoughtSourceView> Sources, string? Text, string? Error);
