using FusionStudio.Engine.Methods;

namespace FusionStudio.UnitTests.Methods;

/// <summary>Short ways to make candidate views, so tests show only what matters to them.</summary>
internal static class Candidates
{
    public static CandidateView Scored(long id, double? score, string text = "An answer.", int teacher = 0, int sample = 0) =>
        new(id, teacher, sample, text, score);

    public static CandidateView Text(long id, string text, int teacher = 0, int sample = 0) =>
        new(id, teacher, sample, text, null);

    /// <summary>n candidates with ids 1..n from one teacher, samples 0..n-1.</summary>
    public static IReadOnlyList<CandidateView> Numbered(int n) =>
        Enumerable.Range(1, n).Select(id => Text(id, $"Answer number {id}.", sample: id - 1)).ToList();

    public static SelectionInput Input(params CandidateView[] candidates) => new(RunSeed: 7, PromptId: 1, candidates);
}
