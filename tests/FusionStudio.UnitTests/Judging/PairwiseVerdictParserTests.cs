using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Judging;

namespace FusionStudio.UnitTests.Judging;

public sealed class PairwiseVerdictParserTests
{
    public static TheoryData<string, PairVerdict> Accepted => new()
    {
        { """{"rationale": "A is more complete.", "winner": "A"}""", PairVerdict.A },
        { """{"rationale": "Lower case.", "winner": "b"}""", PairVerdict.B },
        { """{"rationale": "Equal.", "winner": "Tie"}""", PairVerdict.Tie },
        { """{"rationale": "Equal.", "winner": "TIE"}""", PairVerdict.Tie },
        { """{"rationale": "Equal.", "winner": "draw"}""", PairVerdict.Tie },
        { """{"rationale": "Named.", "winner": "Response A"}""", PairVerdict.A },
        { """{"rationale": "Tag name.", "winner": "response_b"}""", PairVerdict.B },
        { "```json\n{\"rationale\": \"B is clearer.\", \"winner\": \"B\"}\n```", PairVerdict.B },
        { "After comparing both:\n{\"rationale\": \"A is right.\", \"winner\": \"a\"}\nDone.", PairVerdict.A },
        { """{"rationale": "B handles the {edge} case } better", "winner": "B"}""", PairVerdict.B },
        { "Winner: B", PairVerdict.B },
        { "Both are fine, but **Winner:** Response A", PairVerdict.A },
        { "The winner is a tie.", PairVerdict.Tie },
        { "My final verdict is [[A]].", PairVerdict.A },
        { "Winner: A. To repeat, the winner is A.", PairVerdict.A },
    };

    public static TheoryData<string, string> Rejected => new()
    {
        { """{"rationale": "Third option.", "winner": "C"}""", "\"winner\" must be \"A\", \"B\" or \"tie\"" },
        { """{"rationale": "Numeric.", "winner": 1}""", "\"winner\" must be" },
        { """{"rationale": "Both.", "winner": "A and B"}""", "\"winner\" must be" },
        { """{"rationale": "Forgot the winner."}""", "No JSON object with a \"winner\" field" },
        { "Both answers have merits.", "No JSON object with a \"winner\" field" },
        { "", "empty" },
        { "Winner: A. On second thought, winner: B.", "different winners" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Accepts_the_winner_in_its_many_shapes(string answer, PairVerdict expected)
    {
        Assert.True(PairwiseVerdictParser.TryParse(answer, out var verdict, out var reason), reason);
        Assert.Equal(expected, verdict.Shown);
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Rejects_with_a_reason_that_says_what_is_wrong(string answer, string reasonPart)
    {
        Assert.False(PairwiseVerdictParser.TryParse(answer, out var verdict, out var reason));
        Assert.Null(verdict);
        Assert.Contains(reasonPart, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_rationale()
    {
        Assert.True(PairwiseVerdictParser.TryParse("""{"rationale": "A cites sources.", "winner": "A"}""", out var verdict, out _));
        Assert.Equal("A cites sources.", verdict.Rationale);
    }
}
