using FusionStudio.Domain.Runs;

namespace FusionStudio.Web.Runs;

/// <summary>One prompt of a run in the paged table; long text and errors come back cut short.</summary>
public sealed record RunPromptRow(long PromptId, int Ordinal, string Text, bool TextCut, string Language, string Task, PromptStage Stage, string? Error);
