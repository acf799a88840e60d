using FusionStudio.Domain.Routing;
using FusionStudio.Engine.Routing;

namespace FusionStudio.UnitTests.Routing;

public sealed class ScoreSignalTests
{
    [Theory]
    [InlineData(RoutingSignal.ImportedScore, 0.4, 7.3, 0.4)]
    [InlineData(RoutingSignal.JudgeScore, 0.4, 7.3, 0.7)]
    [InlineData(RoutingSignal.JudgeScore, null, 1.0, 0.0)]
    [InlineData(RoutingSignal.JudgeScore, null, 10.0, 1.0)]
    [InlineData(RoutingSignal.Both, 0.4, 7.3, 0.55)]
    [InlineData(RoutingSignal.Both, null, 5.5, 0.5)]
    [InlineData(RoutingSignal.Both, 0.9, null, 0.9)]
    public void The_judges_1_to_10_score_is_scaled_to_0_to_1_and_both_signals_are_averaged(RoutingSignal signal, double? imported, double? judge, double expected)
    {
        Assert.Equal(expected, ScoreSignal.Performance(signal, imported, judge)!.Value, 10);
    }

    [Fact]
    public void An_answer_without_the_chosen_score_has_no_performance()
    {
        Assert.Null(ScoreSignal.Performance(RoutingSignal.ImportedScore, null, 8));
        Assert.Null(ScoreSignal.Performance(RoutingSignal.JudgeScore, 0.5, null));
        Assert.Null(ScoreSignal.Performance(RoutingSignal.Both, null, null));
    }

    [Fact]
    public void Queries_not_answered_with_a_score_by_every_candidate_are_dropped()
    {
        LoggedAnswer Answer(string query, string model, double? performance) => new(query, "qa", query, model, performance, 0.001);

        var (log, dropped) = RoutingLogBuilder.Build(
        [
            Answer("q1", "a", 1), Answer("q1", "b", 0), Answer("q1", "b", 0.5),
            Answer("q2", "a", 1), Answer("q2", "b", null),
            Answer("q3", "a", 1),
        ]);

        Assert.Equal(["a", "b"], log.Models);
        Assert.Equal(2, dropped);
        var kept = Assert.Single(log.Queries);
        Assert.Equal([1, 0.25], kept.Performance);
    }
}
