using FusionStudio.Engine.PastAnswers;

namespace FusionStudio.Jobs.Thoughts;

/// <summary>One answered prompt of a past run with all its answers, in the prompt's canonical order.</summary>
public sealed record PastQuery(int RunId, long PromptId, string Text, string Task, string Language, IReadOnlyList<PastAnswer> Answers);
