using System.Text.RegularExpressions;
using FusionStudio.Domain.Prompts;
using FusionStudio.Simulation;

namespace FusionStudio.UnitTests.Simulation;

public sealed partial class FusionAnswerTests
{
    private static SimulationResponse Fuse(params string[] candidates)
    {
        var blocks = string.Join("\n\n", candidates.Select((text, i) => PromptProtocol.Candidate(i + 1, text)));
        return Ask.WithMessages(
            "fusor",
            new SimulationMessage("system", "Write one answer from the candidates."),
            new SimulationMessage("user", "Question: How do tides work?\n\n" + blocks));
    }

    [Fact]
    public void Fusion_request_is_answered_as_a_fusion() =>
        Assert.Equal(SimulationRequestKind.Fusion, Fuse("Tides follow the moon.", "Tides follow the sun too.").Kind);

    [Fact]
    public void Fused_answer_takes_material_from_every_candidate()
    {
        var fused = Fuse(
            "Tides are caused mainly by the gravitational pull of the moon on the oceans.",
            "The sun also contributes, producing spring tides when it aligns with the moon.",
            "Coastline shape and ocean basin resonance amplify tidal ranges locally.").Text;

        Assert.Contains("gravitational pull of the moon", fused);
        Assert.Contains("spring tides", fused);
        Assert.Contains("basin resonance", fused);
    }

    /// <summary>Questions in languages with different sentence marks and joiners.</summary>
    public static TheoryData<string> Questions => new()
    {
        Ask.Question,
        "Wie entstehen die Gezeiten im offenen Ozean?",
        "¿Por qué el cielo es azul durante el día?",
        "为什么白天的天空是蓝色的？",
        "لماذا تكون السماء زرقاء أثناء النهار؟",
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void Fused_answer_has_no_text_of_its_own_that_would_tell_a_blind_reviewer_it_was_fused(string question)
    {
        var candidates = DemoCandidates(question);

        var fused = Fuse(candidates).Text;

        var leftover = candidates.SelectMany(CandidateSentences).OrderByDescending(sentence => sentence.Length)
            .Aggregate(fused, (text, sentence) => text.Replace(sentence, "", StringComparison.Ordinal));
        Assert.True(string.IsNullOrWhiteSpace(leftover), $"Text from no candidate: \"{leftover.Trim()}\"");
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Fused_answer_is_as_long_and_has_as_many_paragraphs_as_a_candidate(string question)
    {
        var candidates = DemoCandidates(question);

        var fused = Fuse(candidates).Text;

        Assert.InRange(fused.Length, candidates.Min(candidate => candidate.Length), candidates.Max(candidate => candidate.Length));
        Assert.Contains(Paragraphs(fused), candidates.Select(Paragraphs));
    }

    [Fact]
    public void Fused_answer_is_the_same_for_the_same_candidates()
    {
        var candidates = DemoCandidates(Ask.Question);

        Assert.Equal(Fuse(candidates).Text, Fuse(candidates).Text);
    }

    [Fact]
    public void Sentences_repeated_across_candidates_appear_once()
    {
        const string shared = "The moon's gravity pulls the oceans toward it.";
        var fused = Fuse(shared + " Tides happen twice daily.", shared + " Friction slows the earth.").Text;

        Assert.Equal(1, Occurrences(fused, shared));
    }

    [Fact]
    public void Fusing_the_demo_teachers_keeps_something_of_each()
    {
        var candidates = DemoCandidates(Ask.Question);

        var fused = Fuse(candidates).Text;

        Assert.All(candidates, candidate =>
            Assert.Contains(candidate.Split('\n', '.').Select(part => part.Trim()).Where(part => part.Length > 10), fused.Contains));
    }

    private static string[] DemoCandidates(string question) =>
        [.. new[] { "sim-concise", "sim-stepwise", "sim-detailed", "sim-cautious" }.Select(model => Ask.Model(model, question).Text)];

    /// <summary>A candidate's sentences as a reader would cut them: per line, list numbers dropped.</summary>
    private static IEnumerable<string> CandidateSentences(string candidate) => candidate.Split('\n')
        .Select(line => ListMarker().Replace(line.Trim(), ""))
        .SelectMany(line => SentenceEnd().Split(line))
        .Select(sentence => sentence.Trim())
        .Where(sentence => sentence.Length > 0);

    private static int Paragraphs(string text) =>
        text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;

    [GeneratedRegex(@"^(\d+[.)]|[-*•])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?<=[.!?؟])\s+|(?<=[。！？।])")]
    private static partial Regex SentenceEnd();

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
