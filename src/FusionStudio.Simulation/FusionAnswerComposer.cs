using System.Globalization;
using FusionStudio.Simulation.Phrases;

namespace FusionStudio.Simulation;

/// <summary>
/// Answers a fusion request the way a fusor should: the strongest sentences of every candidate, merged without
/// repeats, then one line of synthesis. Sentences that share words with other candidates count as stronger, so
/// points the candidates agree on survive.
/// </summary>
internal static class FusionAnswerComposer
{
    private const int SentencesPerCandidate = 2;

    // Sentences sharing this much of their vocabulary with one already taken are repeats.
    private const double DuplicateOverlap = 0.6;

    public static string Compose(IReadOnlyList<string> candidates)
    {
        var phrases = PhraseBook.For(LanguageDetector.Detect(string.Join(" ", candidates)));
        var vocabularies = candidates.Select(ContentWords).ToList();
        var taken = new List<string>();
        var takenWords = new List<HashSet<string>>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var others = vocabularies.Where((_, j) => j != i).ToList();
            var strongest = SentenceSplitter.Split(candidates[i])
                .Where(sentence => !IsLeadIn(sentence))
                .Select((sentence, position) => (sentence, position, score: Strength(sentence, others)))
                .OrderByDescending(entry => entry.score)
                .ThenBy(entry => entry.position)
                .Take(SentencesPerCandidate)
                .OrderBy(entry => entry.position);
            foreach (var (sentence, _, _) in strongest)
            {
                var words = ContentWords(sentence);
                if (!takenWords.Any(previous => Overlap(previous, words) >= DuplicateOverlap))
                {
                    taken.Add(sentence);
                    takenWords.Add(words);
                }
            }
        }

        var synthesis = string.Format(CultureInfo.InvariantCulture, phrases.FusionSynthesis, candidates.Count);
        return string.Join(phrases.SentenceJoiner, taken) + "\n\n" + synthesis;
    }

    /// <summary>A line that introduces a list ("…, step by step:") says nothing once the list is gone.</summary>
    private static bool IsLeadIn(string sentence) => sentence.EndsWith(':') || sentence.EndsWith('：');

    private static int Strength(string sentence, IReadOnlyList<HashSet<string>> otherCandidates)
    {
        var words = ContentWords(sentence);
        var shared = words.Count(word => otherCandidates.Any(other => other.Contains(word)));
        return words.Count + 2 * shared;
    }

    private static HashSet<string> ContentWords(string text) =>
        KeywordExtractor.Words(text)
            .Where(word => word.Length >= 4 && !Stopwords.IsStopword(word))
            .Select(word => word.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return a.Count == b.Count ? 1 : 0;
        }

        return (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);
    }
}
