namespace FusionStudio.Engine.Methods;

/// <summary>What every selector receives for one prompt; the seed and prompt id matter only to the random selector.</summary>
public sealed record SelectionInput(long RunSeed, long PromptId, IReadOnlyList<CandidateView> Candidates);
