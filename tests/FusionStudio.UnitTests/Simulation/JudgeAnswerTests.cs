using System.Text.Json;
using FusionStudio.Domain.Prompts;
using FusionStudio.Simulation;

namespace FusionStudio.UnitTests.Simulation;

public sealed class JudgeAnswerTests
{
    private const string WellBuiltAnswer = """
        Tides come from the moon's gravity pulling on the oceans.

        1. The moon pulls the water nearest to it, forming a bulge.
        2. A second bulge forms on the far side, where the pull is weakest.
        3. The earth turns under both bulges, so most coasts see two high tides a day.

        For example, in the Bay of Fundy the range exceeds 15 metres because the basin resonates with the tide.
        """;

    public static TheoryData<string> Responses => new()
    {
        "",
        "Yes.",
        "Tides are caused by the moon.",
        WellBuiltAnswer,
        Ask.Model("sim-detailed").Text,
        "Les marées viennent de la lune.",
        "潮汐是由月球引力引起的。",
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public void Pointwise_verdict_is_the_documented_json_with_a_score_from_1_to_10(string response)
    {
        var answer = Judge(PromptProtocol.Response(response));

        using var json = JsonDocument.Parse(answer.Text);
        var fields = json.RootElement.EnumerateObject().Select(property => property.Name).ToList();
        Assert.Equal([PromptProtocol.RationaleField, PromptProtocol.ScoreField], fields);
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("rationale").GetString()));
        Assert.InRange(json.RootElement.GetProperty("score").GetInt32(), PromptProtocol.MinScore, PromptProtocol.MaxScore);
        Assert.Equal(SimulationRequestKind.PointwiseJudge, answer.Kind);
    }

    [Fact]
    public void Pointwise_verdict_is_deterministic() =>
        Assert.Equal(Judge(PromptProtocol.Response(WellBuiltAnswer)).Text, Judge(PromptProtocol.Response(WellBuiltAnswer)).Text);

    [Fact]
    public void Well_built_answer_scores_higher_than_a_one_word_answer() =>
        Assert.True(Score(WellBuiltAnswer) > Score("Moon."));

    [Fact]
    public void Empty_response_gets_the_lowest_score() => Assert.Equal(PromptProtocol.MinScore, Score("   "));

    [Theory]
    [InlineData("Moon.", WellBuiltAnswer)]
    [InlineData(WellBuiltAnswer, "Moon.")]
    [InlineData("Tides follow the moon.", "Tides follow the moon and the sun.")]
    public void Pairwise_verdict_is_the_documented_json_naming_A_B_or_tie(string a, string b)
    {
        var verdict = Pairwise(a, b);

        Assert.Contains(verdict.Winner, new[] { PromptProtocol.WinnerA, PromptProtocol.WinnerB, PromptProtocol.WinnerTie });
        Assert.False(string.IsNullOrWhiteSpace(verdict.Rationale));
    }

    [Fact]
    public void Pairwise_verdict_prefers_the_better_answer_in_either_position()
    {
        Assert.Equal(PromptProtocol.WinnerB, Pairwise("Moon.", WellBuiltAnswer).Winner);
        Assert.Equal(PromptProtocol.WinnerA, Pairwise(WellBuiltAnswer, "Moon.").Winner);
    }

    [Fact]
    public void Identical_responses_tie() =>
        Assert.Equal(PromptProtocol.WinnerTie, Pairwise(WellBuiltAnswer, WellBuiltAnswer).Winner);

    private static SimulationResponse Judge(string userContent) =>
        Ask.WithMessages("judge", new SimulationMessage("system", "Rate the response from 1 to 10."), new SimulationMessage("user", userContent));

    private static int Score(string response) =>
        JsonSerializer.Deserialize(Judge(PromptProtocol.Response(response)).Text, SimulationJsonContext.Default.SimulatedPointwiseVerdict)!.Score;

    private static SimulatedPairwiseVerdict Pairwise(string a, string b)
    {
        var answer = Judge("Which is better?\n" + PromptProtocol.ResponsePair(a, b));
        Assert.Equal(SimulationRequestKind.PairwiseJudge, answer.Kind);
        return JsonSerializer.Deserialize(answer.Text, SimulationJsonContext.Default.SimulatedPairwiseVerdict)!;
    }
}
