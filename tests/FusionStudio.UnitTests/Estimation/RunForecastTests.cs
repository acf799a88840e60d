using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Judging;
using FusionStudio.Engine.Runs;

namespace FusionStudio.UnitTests.Estimation;

/// <summary>
/// Hand-computed forecasts: 10 prompts of 20 tokens; the teacher (max 100 tokens, $1/$2 per million) gives 2
/// samples; the fusor (max 200, $2/$6) reads a 30-token template, two message overheads of 4, the prompt and the
/// candidates.
/// </summary>
public sealed class RunForecastTests
{
    private static RunEstimateInput Input(double? observedAnswer, double? observedFusion) => new()
    {
        PromptCount = 10,
        AveragePromptCharacters = 999,
        AveragePromptTokens = 20,
        Teachers = [new RunEstimateTeacher(new RunEstimateModel(100, 1m, 2m) { ObservedOutputTokens = observedAnswer }, 2)],
        Methods = [AggregationMethod.Mbr, AggregationMethod.FusionOfN],
        Fusor = new RunEstimateModel(200, 2m, 6m) { ObservedOutputTokens = observedFusion },
        FusorTemplateCharacters = 999,
        FusorTemplateTokens = 30,
    };

    private static RunForecast Forecast(RunEstimateInput input) =>
        RunForecast.For(input, sized => FusedAnswerScoringEstimate.AddTo(RunEstimate.For(sized), sized));

    [Fact]
    public void Observed_answer_lengths_set_the_expected_cost_and_max_tokens_the_ceiling()
    {
        var forecast = Forecast(Input(observedAnswer: 40, observedFusion: 80));

        // Generation: 20 calls × (20 + 4) in = 480; out 20 × 40 = 800 expected, 20 × 100 = 2,000 at the ceiling.
        // Fusion: 10 calls × (30 + 8 + 20 + 2 × 40) = 1,380 in and 10 × 80 = 800 out expected;
        //         10 × (30 + 8 + 20 + 2 × 100) = 2,580 in and 10 × 200 = 2,000 out at the ceiling.
        Assert.Equal(30, forecast.Calls);
        Assert.Equal(480 + 1380, forecast.Expected.InputTokens);
        Assert.Equal(800 + 800, forecast.Expected.OutputTokens);
        Assert.Equal(((480 * 1m) + (800 * 2m) + (1380 * 2m) + (800 * 6m)) / 1_000_000m, forecast.Expected.Cost);
        Assert.Equal(((480 * 1m) + (2000 * 2m) + (2580 * 2m) + (2000 * 6m)) / 1_000_000m, forecast.High.Cost);
        // Seen models: the low end is what they were seen to write.
        Assert.Equal(forecast.Expected.Cost, forecast.Low.Cost);
    }

    [Fact]
    public void Models_never_seen_are_taken_at_half_their_max_tokens_with_a_quarter_as_the_low_end()
    {
        var forecast = Forecast(Input(observedAnswer: null, observedFusion: null));

        // Expected: answers of 50, fused answers of 100; low: 25 and 50.
        Assert.Equal(1000 + 1000, forecast.Expected.OutputTokens);
        Assert.Equal(500 + 500, forecast.Low.OutputTokens);
        Assert.Equal(480 + (10 * (58 + 100)), forecast.Expected.InputTokens);
        Assert.True(forecast.Low.Cost < forecast.Expected.Cost && forecast.Expected.Cost < forecast.High.Cost);
        Assert.Equal(RunEstimate.For(Input(null, null)).Cost, forecast.High.Cost);
    }

    [Fact]
    public void An_observed_length_beyond_max_tokens_is_capped_and_the_launch_estimate_keeps_the_range()
    {
        var forecast = Forecast(Input(observedAnswer: 500, observedFusion: 80));
        var kept = forecast.ToLaunchEstimate();

        Assert.Equal(2000 + 800, forecast.Expected.OutputTokens);
        Assert.Equal((30L, forecast.Low.Cost, forecast.Expected.Cost, forecast.High.Cost), (kept.Calls, kept.CostLow, kept.CostExpected, kept.CostHigh));
        Assert.Equal((forecast.Expected.OutputTokens, forecast.High.OutputTokens), (kept.OutputTokensExpected, kept.OutputTokensHigh));
    }

    [Fact]
    public void The_tokenizer_counts_real_tokens_not_four_characters_each()
    {
        // OpenAI's tokenizers give 16 tokens for this sentence (o200k_base and cl100k_base alike).
        const string sentence = "Text tokenization is the process of splitting a string into a list of tokens.";
        Assert.Equal(16, TokenCounter.Count(sentence));
        Assert.Equal(16, TokenCounter.Count(sentence, "gpt-4"));
        Assert.NotEqual((sentence.Length + 3) / 4, TokenCounter.Count(sentence));
        Assert.Equal(0, TokenCounter.Count(""));
    }
}
