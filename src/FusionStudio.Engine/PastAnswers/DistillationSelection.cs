namespace FusionStudio.Engine.PastAnswers;

/// <summary>
/// The model level's pick of fine-tuning answers for one prompt: the top K by performance, ties broken by the judge's
/// score, then lower cost. The list stops at the first answer with performance 0, so a prompt that no answer solved
/// gives no training rows rather than wrong ones; unscored answers are never picked.
/// </summary>
public static class DistillationSelection
{
    public const int MaxTopK = 20;

    public static IReadOnlyList<PastAnswer> Select(IEnumerable<PastAnswer> answers, int topK)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentOutOfRangeException.ThrowIfLessThan(topK, 1);
        return answers
            .Where(a => a.Performance is not null && !string.IsNullOrWhiteSpace(a.Text))
            .OrderByDescending(a => a.Performance)
            .ThenByDescending(a => a.Judge ?? double.NegativeInfinity)
            .ThenBy(a => a.Cost)
            .ThenBy(a => a.Order)
            .TakeWhile(a => a.Performance > 0)
            .Take(topK)
            .ToList();
    }
}
