using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.RegularExpressions;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Judging;

/// <summary>
/// Reads a pairwise judge's answer, in the terms it was shown (A = shown first). The template asks for
/// <c>{"rationale": "...", "winner": "A" | "B" | "tie"}</c>; the parser takes that object inside code fences or prose,
/// any casing ("a", "Tie"), "Response A" / "answer_b", and "draw" for a tie. Fallback as for
/// <see cref="PointwiseVerdictParser"/>: with no JSON object holding a winner, a plain "Winner: A" or MT-Bench's
/// "[[A]]" is accepted when every such mention agrees.
/// </summary>
public static partial class PairwiseVerdictParser
{
    public static bool TryParse(string? answer, [NotNullWhen(true)] out PairwiseVerdict? verdict, [NotNullWhen(false)] out string? failureReason)
    {
        verdict = null;
        if (string.IsNullOrWhiteSpace(answer))
        {
            failureReason = "The answer is empty.";
            return false;
        }

        if (JudgeJson.TryFindObjectWith(answer, PromptProtocol.WinnerField, out var value, out var rationale))
        {
            if (value.ValueKind == JsonValueKind.String && TryReadWinner(value.GetString()!, out var shown))
            {
                verdict = new PairwiseVerdict(shown, string.IsNullOrWhiteSpace(rationale) ? null : rationale.Trim());
                failureReason = null;
                return true;
            }

            failureReason = $"\"winner\" must be \"A\", \"B\" or \"tie\", but it is {value.GetRawText()}.";
            return false;
        }

        var mentions = PlainWinnerPattern().Matches(answer).Concat(BracketWinnerPattern().Matches(answer)).ToList();
        var winners = mentions.Select(match => TryReadWinner(match.Groups["value"].Value, out var w) ? w : (PairVerdict?)null)
            .Where(winner => winner is not null)
            .Distinct()
            .ToList();
        switch (winners.Count)
        {
            case 0:
                failureReason = "No JSON object with a \"winner\" field, and no plain \"Winner: A\", was found in the answer.";
                return false;
            case > 1:
                failureReason = "The answer has no JSON object and names different winners: "
                    + string.Join("; ", mentions.Select(match => match.Value.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)) + ".";
                return false;
            default:
                verdict = new PairwiseVerdict(winners[0]!.Value, null);
                failureReason = null;
                return true;
        }
    }

    private static bool TryReadWinner(string text, out PairVerdict winner)
    {
        var match = WinnerValuePattern().Match(text);
        winner = !match.Success ? default
            : match.Groups["tie"].Success ? PairVerdict.Tie
            : char.ToUpperInvariant(match.Groups["side"].Value[0]) == 'A' ? PairVerdict.A
            : PairVerdict.B;
        return match.Success;
    }

    // The whole value: "A", " b ", "Tie", "a tie", "Response A", "answer_b", "[[A]]", "**B**".
    [GeneratedRegex("""^[\s"'*\[\]().]*(?:(?<tie>(?:a\s+)?(?:tie|draw))|(?:(?:response|answer)[\s_-]*)?(?<side>[ab]))[\s"'*\[\]().]*$""", RegexOptions.IgnoreCase)]
    private static partial Regex WinnerValuePattern();

    // "Winner: A", "**Winner:** Response B", "the winner is a tie", "'winner': 'tie'".
    [GeneratedRegex("""(?<![A-Za-z0-9_])["']?winner["']?\**\s*(?:[:=]|\bis\b)\s*\**\s*["'\[(]*(?<value>(?:a\s+)?(?:tie|draw)|(?:(?:response|answer)[\s_-]*)?[ab])(?![A-Za-z0-9_])""", RegexOptions.IgnoreCase)]
    private static partial Regex PlainWinnerPattern();

    [GeneratedRegex("""\[\[(?<value>A|B|tie)\]\]""", RegexOptions.IgnoreCase)]
    private static partial Regex BracketWinnerPattern();
}
