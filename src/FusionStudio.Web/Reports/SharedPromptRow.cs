namespace FusionStudio.Web.Reports;

/// <summary>A prompt that two runs share, with each run's result.</summary>
public sealed record SharedPromptRow(long PromptId, int Ordinal, string Text, string Language, string Task, SharedPromptSide A, SharedPromptSide B);
