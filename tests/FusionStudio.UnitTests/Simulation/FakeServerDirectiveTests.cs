using FusionStudio.FakeOpenAi;
using FusionStudio.FakeOpenAi.Faults;

namespace FusionStudio.UnitTests.Simulation;

public sealed class FakeServerDirectiveTests
{
    [Theory]
    [InlineData("429", FaultKind.RateLimit)]
    [InlineData("rate-limit", FaultKind.RateLimit)]
    [InlineData("500", FaultKind.ServerError)]
    [InlineData("timeout", FaultKind.Timeout)]
    [InlineData("malformed", FaultKind.Malformed)]
    [InlineData("empty", FaultKind.Empty)]
    [InlineData("judge-garbage", FaultKind.JudgeGarbage)]
    public void Fault_names_parse_to_their_kind(string text, FaultKind kind)
    {
        var rule = FaultDirective.Parse(text);

        Assert.Equal(kind, rule.Kind);
        Assert.Null(rule.FailFirst);
        Assert.Null(rule.Probability);
    }

    [Fact]
    public void Count_suffix_fails_only_the_first_requests() => Assert.Equal(2, FaultDirective.Parse("429:2").FailFirst);

    [Fact]
    public void At_suffix_is_a_probability() => Assert.Equal(0.25, FaultDirective.Parse("500@0.25").Probability);

    [Theory]
    [InlineData("418")]
    [InlineData("429:x")]
    [InlineData("500@1.5")]
    public void Unknown_or_malformed_faults_are_rejected(string text) =>
        Assert.Throws<FormatException>(() => FaultDirective.Parse(text));

    [Fact]
    public void Rule_prints_as_the_directive_it_parses_from()
    {
        foreach (var text in new[] { "429", "500:3", "judge-garbage:1", "timeout@0.5" })
        {
            Assert.Equal(text, FaultDirective.Parse(text).ToString());
        }
    }

    [Fact]
    public void A_storm_mixes_probability_faults_and_prints_back()
    {
        var storm = FaultDirective.Parse("429@0.2+500@0.05+timeout@0.02+malformed@0.01");

        Assert.Equal([FaultKind.RateLimit, FaultKind.ServerError, FaultKind.Timeout, FaultKind.Malformed], storm.Mix.Select(r => r.Kind));
        Assert.Equal(0.28, storm.Probability!.Value, precision: 10);
        Assert.Equal("429@0.2+500@0.05+timeout@0.02+malformed@0.01", storm.ToString());
    }

    [Theory]
    [InlineData(0.0, FaultKind.RateLimit)]
    [InlineData(0.199, FaultKind.RateLimit)]
    [InlineData(0.2, FaultKind.ServerError)]
    [InlineData(0.249, FaultKind.ServerError)]
    [InlineData(0.26, FaultKind.Timeout)]
    [InlineData(0.275, FaultKind.Malformed)]
    public void A_storm_gives_each_draw_at_most_one_fault_in_its_share(double draw, FaultKind expected)
    {
        var storm = FaultDirective.Parse("429@0.2+500@0.05+timeout@0.02+malformed@0.01") with { RetryAfterSeconds = 3 };

        var fault = storm.ForDraw(draw);

        Assert.Equal(expected, fault?.Kind);
        Assert.Equal(3, fault?.RetryAfterSeconds);
    }

    [Fact]
    public void A_draw_past_the_storms_shares_gets_no_fault() =>
        Assert.Null(FaultDirective.Parse("429@0.2+500@0.05").ForDraw(0.25));

    [Theory]
    [InlineData("429@0.6+500@0.5")]
    [InlineData("429@0.2+500:3")]
    [InlineData("429@0.2+judge-garbage@0.1")]
    public void Storms_over_certainty_or_with_other_rules_are_rejected(string text) =>
        Assert.Throws<FormatException>(() => FaultDirective.Parse(text));

    [Fact]
    public void Model_name_directives_split_from_the_base_model()
    {
        var directives = ModelDirectives.Parse("teacher-a#fault=429:2#latency=200#retry-after=3");

        Assert.Equal("teacher-a", directives.BaseModel);
        Assert.Equal(FaultRule.FirstRequests(FaultKind.RateLimit, 2), directives.Fault);
        Assert.Equal(200, directives.LatencyMs);
        Assert.Equal(3, directives.RetryAfterSeconds);
    }

    [Fact]
    public void Plain_model_name_has_no_directives() =>
        Assert.Equal(new ModelDirectives("sim-concise", null, null, null), ModelDirectives.Parse("sim-concise"));

    [Fact]
    public void Unknown_model_directive_is_rejected() =>
        Assert.Throws<FormatException>(() => ModelDirectives.Parse("teacher#colour=blue"));
}
