using FusionStudio.Domain.Prompts;
using FusionStudio.Simulation;

namespace FusionStudio.UnitTests.Simulation;

public sealed class FusionAnswerTests
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

    [Fact]
    public void Fused_answer_states_it_combines_the_candidates()
    {
        var fused = Fuse("Tides follow the moon.", "Tides follow the sun too.", "Coastlines shape tides.").Text;

        Assert.Contains("3 answers", fused);
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
        var teachers = new[] { "sim-concise", "sim-stepwise", "sim-detailed", "sim-cautious" };
        var candidates = teachers.Select(model => Ask.Model(model).Text).ToArray();

        var fused = Fuse(candidates).Text;

        Assert.All(candidates, candidate =>
            Assert.Contains(candidate.Split('\n', '.').Select(part => part.Trim()).Where(part => part.Length > 10), fused.Contains));
    }

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
