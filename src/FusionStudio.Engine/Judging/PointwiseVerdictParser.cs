using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using FusionStudio.Domain.Prompts;

namespace FusionStudio.Engine.Judging;

/// <summary>
/// Reads a pointwise judge's answer. The template asks for <c>{"rationale": "...", "score": 7}</c>; the parser also
/// takes that object inside code fences or prose, a decimal score (7.5, kept as is), a numeric string ("7", "7/10"),
/// and missing rationale (null: the score is what runs need, and re-asking would cost a call).
/// Fallback, chosen because small local models often ignore the JSON instruction: with no JSON object holding a
/// score, a plain "Score: 7", "Score: 7/10" or "score of 7" is accepted — but only when every such mention gives the
/// same number, so prose that discusses several scores is rejected rather than guessed.
/// </summary>
public static partial class PointwiseVerdictParser
{
    public static bool TryParse(string? answer, [NotNullWhen(true)] out PointwiseVerdict? verdict, [NotNullWhen(false)] out string? failureReason)
    {
        verdict = null;
        if (string.IsNullOrWhiteSpace(answer))
        {
            failureReason = "The answer is empty.";
            return false;
        }

        if (JudgeJson.TryFindObjectWith(answer, PromptProtocol.ScoreField, out var value, out var rationale))
        {
            return TryReadJsonScore(value, out var score, out failureReason) && Accept(score, rationale, out verdict, out failureReason);
        }

        var mentions = PlainScorePattern().Matches(answer);
        if (mentions.Count == 0)
        {
            failureReason = "No JSON object with a \"score\" field, and no plain \"Score: N\", was found in the answer.";
            return false;
        }

        // "Score: 7" and "7/10" later in the text agree; "Score: 7" and "Score: 4" do not.
        var readings = mentions.Select(match => (
            Value: double.Parse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            Scale: match.Groups["scale"].Success ? match.Groups["scale"].Value : "10"));
        if (readings.Distinct().Count() > 1)
        {
            failureReason = "The answer has no JSON object and gives different scores: "
                + string.Join("; ", mentions.Select(match => match.Value.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)) + ".";
            return false;
        }

        var first = mentions[0];
        return TryReadNumber(first.Groups["value"].Value, first.Groups["scale"].Value, out var plainScore, out failureReason)
            && Accept(plainScore, null, out verdict, out failureReason);
    }

    private static bool TryReadJsonScore(JsonElement value, out double score, [NotNullWhen(false)] out string? failureReason)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                score = value.GetDouble();
                failureReason = null;
                return true;
            case JsonValueKind.String when StringScorePattern().Match(value.GetString()!) is { Success: true } match:
                return TryReadNumber(match.Groups["value"].Value, match.Groups["scale"].Value, out score, out failureReason);
            default:
                score = 0;
                failureReason = $"\"score\" must be a number from 1 to 10, but it is {value.GetRawText()}.";
                return false;
        }
    }

    private static bool TryReadNumber(string number, string scale, out double score, [NotNullWhen(false)] out string? failureReason)
    {
        score = double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (scale.Length > 0 && scale != "10")
        {
            failureReason = $"The score {number}/{scale} is not on the 1 to 10 scale.";
            return false;
        }

        failureReason = null;
        return true;
    }

    private static bool Accept(double score, string? rationale, [NotNullWhen(true)] out PointwiseVerdict? verdict, [NotNullWhen(false)] out string? failureReason)
    {
        if (!double.IsFinite(score) || score < PromptProtocol.MinScore || score > PromptProtocol.MaxScore)
        {
            verdict = null;
            failureReason = $"The score {score.ToString(CultureInfo.InvariantCulture)} is outside 1 to 10.";
            return false;
        }

        verdict = new PointwiseVerdict(score, string.IsNullOrWhiteSpace(rationale) ? null : rationale.Trim());
        failureReason = null;
        return true;
    }

    [GeneratedRegex("""^\s*(?<value>[-+]?\d+(?:\.\d+)?)\s*(?:(?:/|out of)\s*(?<scale>\d+))?\s*$""", RegexOptions.IgnoreCase)]
    private static partial Regex StringScorePattern();

    // "Score: 7", "**Score:** 7/10", "'score': 7", "a score of 7" — not "scores", "subscore" or "score 7 words later".
    [GeneratedRegex("""(?<![A-Za-z0-9_])["']?score["']?\**\s*(?:[:=]|\bis\b|\bof\b)?\s*\**\s*["']?(?<value>[-+]?\d+(?:\.\d+)?)(?:\s*(?:/|out of)\s*(?<scale>\d+))?""", RegexOptions.IgnoreCase)]
    private static partial Regex PlainScorePattern();
}
