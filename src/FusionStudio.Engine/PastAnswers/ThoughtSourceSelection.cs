namespace FusionStudio.Engine.PastAnswers;

/// <summary>
/// The thought level's hybrid pick of the answers a summarizer learns from: the top <see cref="Pool"/> by performance
/// (ties: lower cost), re-ranked by the judge's score to the top <see cref="Keep"/>. Performance keeps wrong answers
/// out; the judge then prefers the best-explained of the right ones, which a task metric cannot tell apart.
/// </summary>
public static class ThoughtSourceSelection
{
    public const int Pool = 5;

    public const int Keep = 3;

    public static IReadOnlyList<PastAnswer> Select(IEnumerable<PastAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return answers
            .Where(a => a.Performance is not null && !string.IsNullOrWhiteSpace(a.Text))
            .OrderByDescending(a => a.Performance)
            .ThenBy(a => a.Cost)
            .ThenBy(a => a.Order)
            .Take(Pool)
            .Select((answer, rank) => (answer, rank))
            .OrderByDescending(p => p.answer.Judge ?? double.NegativeInfinity)
            .ThenBy(p => p.rank)
            .Take(Keep)
            .Select(p => p.answer)
            .ToList();
    }
}
