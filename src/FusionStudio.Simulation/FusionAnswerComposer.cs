using FusionStudio.Simulation.Phrases;

namespace FusionStudio.Simulation;

/// <summary>
/// Answers a fusion request the way a fusor should: the strongest sentences of every candidate, merged without
/// repeats. Sentences that share words with other candidates count as stronger, so points the candidates agree on
/// survive. The answer is written like one more candidate, so a blind reviewer cannot tell a fused answer from a
/// selected one by its form: it adds no sentence of its own (no "taken together…", no count of candidates), and it is
/// shaped like the longest candidate, in as many paragraphs. It takes every candidate's strongest sentence, then the
/// runners-up only as far as the longest candidate's length allows.
/// </summary>
internal static class FusionAnswerComposer
{
    private const int SentencesPerCandidate = 2;

    // Sentences sharing this much of their vocabulary with one already taken are repeats.
    private const double DuplicateOverlap = 0.6;

    private const string ParagraphBreak = "\n\n";

    public static string Compose(IReadOnlyList<string> candidates)
    {
        var joiner = PhraseBook.For(LanguageDetector.Detect(string.Join(" ", candidates))).SentenceJoiner;
        var longest = candidates.MaxBy(candidate => candidate.Trim().Length)!.Trim();
        var paragraphs = ParagraphsOf(longest);
        var vocabularies = candidates.Select(ContentWords).ToList();
        var strongest = candidates.Select((candidate, i) => Strongest(candidate, i, vocabularies.Where((_, j) => j != i).ToList())).ToList();
        var taken = new List<Pick>();
        var takenWords = new List<HashSet<string>>();

        for (var rank = 0; rank < SentencesPerCandidate; rank++)
        {
            for (var i = 0; i < candidates.Count; i++)
            {
                if (rank >= strongest[i].Count)
                {
                    continue;
                }

                var pick = strongest[i][rank];
                var words = ContentWords(pick.Sentence);
                if (takenWords.Any(previous => Overlap(previous, words) >= DuplicateOverlap)
                    || (rank > 0 && Render([.. taken, pick], paragraphs, joiner).Length > longest.Length))
                {
                    continue;
                }

                taken.Add(pick);
                takenWords.Add(words);
            }
        }

        return taken.Count == 0 ? longest : Render(taken, paragraphs, joiner);
    }

    private static int ParagraphsOf(string text) =>
        text.Split(ParagraphBreak, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;

    /// <summary>
    /// The picks in their candidates' order and their own, in <paramref name="paragraphs"/> paragraphs as even as can be
    /// (earlier ones take the extra).
    /// </summary>
    private static string Render(IReadOnlyList<Pick> picks, int paragraphs, string joiner)
    {
        var sentences = picks.OrderBy(pick => pick.Candidate).ThenBy(pick => pick.Position).Select(pick => pick.Sentence).ToList();
        var count = Math.Clamp(paragraphs, 1, sentences.Count);
        var blocks = new List<string>(count);
        var next = 0;
        for (var p = 0; p < count; p++)
        {
            var size = (sentences.Count / count) + (p < sentences.Count % count ? 1 : 0);
            blocks.Add(string.Join(joiner, sentences.Skip(next).Take(size)));
            next += size;
        }

        return string.Join(ParagraphBreak, blocks);
    }

    /// <summary>The candidate's strongest sentences, strongest first.</summary>
    private static List<Pick> Strongest(string candidate, int index, IReadOnlyList<HashSet<string>> otherCandidates) =>
        SentenceSplitter.Split(candidate)
            .Where(sentence => !IsLeadIn(sentence))
            .Select((sentence, position) => (sentence, position, score: Strength(sentence, otherCandidates)))
            .OrderByDescending(entry => entry.score)
            .ThenBy(entry => entry.position)
            .Take(SentencesPerCandidate)
            .Select(entry => new Pick(entry.sentence, index, entry.position))
            .ToList();

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

    private sealed record Pick(string Sentence, int Candidate, int Position);
}
