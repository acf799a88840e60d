using System.Globalization;

namespace FusionStudio.Simulation;

/// <summary>
/// Answers a thought summarizer the way a summarizer should, deterministically: the task named by the question's
/// keywords, up to three steps taken from the first sentences of the best answers, and the answer format read from
/// the best answer's length. It never copies an answer whole.
/// </summary>
internal static class ThoughtTemplateComposer
{
    private const int MaxSteps = 3;

    private const int MaxStepWords = 12;

    public static string Compose(string question, IReadOnlyList<string> answers)
    {
        var (keywords, _) = KeywordExtractor.Extract(question, ["question"]);
        var steps = answers
            .Select(answer => SentenceSplitter.Split(answer).FirstOrDefault()?.Trim() ?? "")
            .Where(sentence => sentence.Length > 0)
            .Select(Shorten)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(MaxSteps)
            .ToList();
        var format = answers.Count == 0 || answers[0].Length < 40 ? "a short final answer" : "a worked answer that ends with its result";
        var lines = new List<string> { $"This is a task about {string.Join(", ", keywords.Take(3))}." };
        lines.AddRange(steps.Select((step, i) => string.Create(CultureInfo.InvariantCulture, $"Step {i + 1}: {step}")));
        lines.Add($"Answer with {format}.");
        return string.Join(" ", lines);
    }

    private static string Shorten(string sentence)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxStepWords ? sentence.TrimEnd('.') + "." : string.Join(' ', words.Take(MaxStepWords)) + "…";
    }
}
