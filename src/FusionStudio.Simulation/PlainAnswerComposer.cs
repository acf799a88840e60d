using System.Globalization;
using FusionStudio.Simulation.Phrases;

namespace FusionStudio.Simulation;

/// <summary>Writes a plausible answer to a question in the model's style, echoing the question's key words.</summary>
internal static class PlainAnswerComposer
{
    private const int MaxTopicLength = 80;

    public static string Compose(AnswerStyle style, string question, ulong variant)
    {
        var phrases = PhraseBook.For(LanguageDetector.Detect(question));
        var picker = new VariantPicker(variant);
        var (keywords, fromQuestion) = KeywordExtractor.Extract(question, phrases.FallbackKeywords);
        var writer = new Writer(phrases, keywords, fromQuestion > 0 ? fromQuestion : keywords.Count, Topic(question, phrases));
        return style switch
        {
            AnswerStyle.Concise => Concise(writer, picker),
            AnswerStyle.Stepwise => Stepwise(writer, picker),
            AnswerStyle.Detailed => Detailed(writer, picker),
            _ => Cautious(writer, picker),
        };
    }

    private static string Concise(Writer w, VariantPicker picker)
    {
        var opener = picker.Pick(w.Phrases.ConciseOpeners);
        var closer = picker.Pick(w.Phrases.Closers);
        var core = w.Say(w.Phrases.ConciseCore, picker.Next(w.LeadingKeywords), capitalize: false);
        return w.Join(opener + " " + core, closer);
    }

    private static string Stepwise(Writer w, VariantPicker picker)
    {
        var stepCount = 3 + picker.Next(3);
        var firstStep = picker.Next(w.Phrases.Steps.Count);
        var closer = picker.Pick(w.Phrases.Closers);
        var lines = new List<string> { w.Say(w.Phrases.StepsIntro, 0) };
        for (var i = 0; i < stepCount; i++)
        {
            var step = w.Phrases.Steps[(firstStep + i) % w.Phrases.Steps.Count];
            lines.Add($"{i + 1}. {w.Say(step, i)}");
        }

        lines.Add(closer);
        return string.Join("\n", lines);
    }

    private static string Detailed(Writer w, VariantPicker picker)
    {
        var firstPoint = picker.Next(w.Phrases.DetailPoints.Count);
        var pointCount = 2 + picker.Next(2);
        var exampleKeyword = picker.Next(w.LeadingKeywords);
        var points = Enumerable.Range(0, pointCount)
            .Select(i => w.Say(w.Phrases.DetailPoints[(firstPoint + i) % w.Phrases.DetailPoints.Count], i));
        var opening = w.Join([w.Say(w.Phrases.DetailIntro, 0), .. points]);
        return string.Join("\n\n", opening, w.Say(w.Phrases.Example, exampleKeyword), w.Say(w.Phrases.Summary, 0));
    }

    private static string Cautious(Writer w, VariantPicker picker)
    {
        var firstCaveat = picker.Next(w.Phrases.Caveats.Count);
        var caveatCount = 1 + picker.Next(w.Phrases.Caveats.Count);
        var caveats = Enumerable.Range(0, caveatCount)
            .Select(i => w.Say(w.Phrases.Caveats[(firstCaveat + i) % w.Phrases.Caveats.Count], i + 1));
        return w.Join(w.Say(w.Phrases.CautiousOpening, 0), w.Say(w.Phrases.CautiousCore, 0)) + "\n\n" + w.Join([.. caveats]);
    }

    /// <summary>The question's first line, shortened and quoted, as the answer's subject.</summary>
    private static string Topic(string question, AnswerPhrases phrases)
    {
        var line = question.Trim().Split('\n')[0].Trim();
        if (line.Length > MaxTopicLength)
        {
            var cut = line.LastIndexOf(' ', MaxTopicLength);
            line = line[..(cut > MaxTopicLength / 2 ? cut : MaxTopicLength)] + "…";
        }

        return phrases.QuoteOpen + line.TrimEnd('?', '.', '!', '？', '。', '！', '؟', '।', ' ') + phrases.QuoteClose;
    }

    /// <summary>
    /// Fills templates with keywords: <c>Say(template, k)</c> puts keyword k first and the next one second. The first
    /// is always a word of the question; fallbacks like "the context" only ever come second.
    /// </summary>
    private sealed record Writer(AnswerPhrases Phrases, IReadOnlyList<string> Keywords, int LeadingKeywords, string Topic)
    {
        public string Say(string template, int keyword, bool capitalize = true)
        {
            var lead = keyword % LeadingKeywords;
            var first = Keywords[lead];
            var second = Keywords[(lead + 1) % Keywords.Count];
            var text = string.Format(CultureInfo.InvariantCulture, template, first, second, Topic);
            return capitalize ? char.ToUpperInvariant(text[0]) + text[1..] : text;
        }

        public string Join(params string[] sentences) => string.Join(Phrases.SentenceJoiner, sentences);
    }
}
