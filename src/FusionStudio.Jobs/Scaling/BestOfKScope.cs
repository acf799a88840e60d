namespace FusionStudio.Jobs.Scaling;

/// <summary>Whose scores a run's stored Best-of-k values are read from, and N.</summary>
public sealed record BestOfKScope(int RunId, int JudgeTeacherId, int TemplateVersionId, int CandidatesPerPrompt);
