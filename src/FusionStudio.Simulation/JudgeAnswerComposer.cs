using System.Text.Json;
using FusionStudio.Domain.Prompts;

namespace FusionStudio.Simulation;

/// <summary>Answers judge requests with the JSON verdicts of <see cref="PromptProtocol"/>.</summary>
internal static class JudgeAnswerComposer
{
    public static string Pointwise(string judgeModel, string response)
    {
        var quality = AnswerQuality.Assess(judgeModel, response);
        var verdict = new SimulatedPointwiseVerdict(quality.Describe(), quality.Score);
        return JsonSerializer.Serialize(verdict, SimulationJsonContext.Default.SimulatedPointwiseVerdict);
    }

    /// <summary>The same rubric on both sides, so asking in the swapped order swaps the verdict.</summary>
    public static string Pairwise(string judgeModel, string responseA, string responseB)
    {
        var a = AnswerQuality.Assess(judgeModel, responseA).Score;
        var b = AnswerQuality.Assess(judgeModel, responseB).Score;
        var verdict = a == b
            ? new SimulatedPairwiseVerdict($"Both responses are of similar quality ({a} vs {b} on the rubric).", PromptProtocol.WinnerTie)
            : a > b
                ? new SimulatedPairwiseVerdict(Better("A", "B", a, b), PromptProtocol.WinnerA)
                : new SimulatedPairwiseVerdict(Better("B", "A", b, a), PromptProtocol.WinnerB);
        return JsonSerializer.Serialize(verdict, SimulationJsonContext.Default.SimulatedPairwiseVerdict);
    }

    private static string Better(string winner, string loser, int winnerScore, int loserScore) =>
        $"Response {winner} is more complete and better organised than response {loser} ({winnerScore} vs {loserScore} on the rubric).";
}
