using FusionStudio.Engine.Judging;

namespace FusionStudio.UnitTests.Judging;

public sealed class PointwiseVerdictParserTests
{
    public static TheoryData<string, double> Accepted => new()
    {
        { """{"rationale": "Clear and correct.", "score": 8}""", 8 },
        { "```json\n{\"rationale\": \"Fine.\", \"score\": 7}\n```", 7 },
        { "Here is my evaluation:\n{\"rationale\": \"Mostly right.\", \"score\": 6}\nI hope this helps.", 6 },
        { """{"rationale": "Good, one slip.", "score": 7.5}""", 7.5 },
        { """{"rationale": "Good.", "score": "9"}""", 9 },
        { """{"rationale": "Good.", "score": " 7/10 "}""", 7 },
        { """{"rationale": "Uses {x} and a stray } brace { inside", "score": 5}""", 5 },
        { """The set {1, 2} is not JSON. {"rationale": "Fine.", "score": 4}""", 4 },
        { """{"Rationale": "Upper-case keys.", "Score": 3}""", 3 },
        { """{"rationale": "Trailing comma.", "score": 9,}""", 9 },
        { """{"score": 1}""", 1 },
        { """{"rationale": "Perfect.", "score": 10}""", 10 },
        { "Score: 7/10", 7 },
        { "The answer is accurate.\n**Score:** 8", 8 },
        { "I would give it a score of 6 out of 10.", 6 },
        { "{'rationale': 'Python dict, not JSON.', 'score': 9}", 9 },
        { "Score: 7. Overall the score is 7/10.", 7 },
    };

    public static TheoryData<string, string> Rejected => new()
    {
        { """{"rationale": "Too generous.", "score": 11}""", "outside 1 to 10" },
        { """{"rationale": "Zero.", "score": 0}""", "outside 1 to 10" },
        { """{"rationale": "Negative.", "score": -3}""", "outside 1 to 10" },
        { """{"rationale": "Good answer."}""", "No JSON object with a \"score\" field" },
        { "I cannot evaluate this answer.", "No JSON object with a \"score\" field" },
        { "   ", "empty" },
        { """{"rationale": "Words.", "score": "high"}""", "must be a number" },
        { """{"rationale": "Null.", "score": null}""", "must be a number" },
        { """{"rationale": "Percent.", "score": "80/100"}""", "not on the 1 to 10 scale" },
        { "Score: 7/100", "not on the 1 to 10 scale" },
        { "Score: 3 for accuracy. Score: 8 for style.", "different scores" },
        { "Score: 12", "outside 1 to 10" },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Accepts_the_score_in_its_many_shapes(string answer, double expected)
    {
        Assert.True(PointwiseVerdictParser.TryParse(answer, out var verdict, out var reason), reason);
        Assert.Equal(expected, verdict.Score);
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Rejects_with_a_reason_that_says_what_is_wrong(string answer, string reasonPart)
    {
        Assert.False(PointwiseVerdictParser.TryParse(answer, out var verdict, out var reason));
        Assert.Null(verdict);
        Assert.Contains(reasonPart, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_rationale_and_null_when_absent()
    {
        PointwiseVerdictParser.TryParse("""{"rationale": " Concise and right. ", "score": 9}""", out var withRationale, out _);
        PointwiseVerdictParser.TryParse("Score: 9", out var withoutRationale, out _);

        Assert.Equal("Concise and right.", withRationale!.Rationale);
        Assert.Null(withoutRationale!.Rationale);
    }

    [Fact]
    public void The_first_object_with_a_score_wins_over_later_ones()
    {
        Assert.True(PointwiseVerdictParser.TryParse("""{"score": 4} and on reflection {"score": 9}""", out var verdict, out _));
        Assert.Equal(4, verdict.Score);
    }
}
