using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Judging;
using FusionStudio.Engine.Runs;

namespace FusionStudio.UnitTests.Scaling;

/// <summary>The run estimate counts the judge call that scores each prompt's fused answer (numbers as in RunEstimateTests).</summary>
public sealed class FusedAnswerScoringEstimateTests
{
    private static RunEstimateInput Input(IReadOnlyCollection<AggregationMethod> methods) => new()
    {
        PromptCount = 10,
        AveragePromptCharacters = 40,
        Teachers = [new RunEstimateTeacher(new RunEstimateModel(100, 1m, 2m), 2), new RunEstimateTeacher(new RunEstimateModel(200, 3m, 4m), 1)],
        Methods = methods,
        Judge = new RunEstimateModel(50, 0.5m, 1.5m),
        Fusor = new RunEstimateModel(300, 2m, 6m),
        PointwiseTemplateCharacters = 80,
        FusorTemplateCharacters = 120,
    };

    [Fact]
    public void Scoring_fused_answers_adds_one_pointwise_call_per_prompt()
    {
        var input = Input([AggregationMethod.BestOfN, AggregationMethod.FusionOfN]);

        var estimate = FusedAnswerScoringEstimate.AddTo(RunEstimate.For(input), input);

        var pointwise = estimate.Steps.Single(s => s.Kind == RunEstimateStepKind.PointwiseJudge);
        // Candidates: 30 calls, 5,140 in, 1,500 out. Fused answers: 10 calls × (20 + 8 + 10 + 300) in, 10 × 50 out.
        Assert.Equal((40L, 5_140L + 3_380L, 1_500L + 500L), (pointwise.Calls, pointwise.InputTokens, pointwise.OutputTokens));
        // 0.00482 + (3,380 × 0.5 + 500 × 1.5) / 1e6.
        Assert.Equal(0.00482m + 0.00244m, pointwise.Cost);
        Assert.Equal(30 + 40 + 10, estimate.Calls);
    }

    [Fact]
    public void Fusion_of_n_and_mixture_of_agents_each_have_their_fused_answer_scored()
    {
        var input = Input([AggregationMethod.BestOfN, AggregationMethod.FusionOfN, AggregationMethod.MixtureOfAgents]);

        var estimate = FusedAnswerScoringEstimate.AddTo(RunEstimate.For(input), input);

        var pointwise = estimate.Steps.Single(s => s.Kind == RunEstimateStepKind.PointwiseJudge);
        Assert.Equal((30L + 20L, 5_140L + (2 * 3_380L)), (pointwise.Calls, pointwise.InputTokens));
    }

    [Fact]
    public void Without_fusion_or_without_a_pointwise_judge_nothing_changes()
    {
        var selectOnly = Input([AggregationMethod.BestOfN]);
        var fuseOnly = Input([AggregationMethod.FusionOfN]);

        Assert.Equal(RunEstimate.For(selectOnly).Calls, FusedAnswerScoringEstimate.AddTo(RunEstimate.For(selectOnly), selectOnly).Calls);
        Assert.Equal(RunEstimate.For(fuseOnly).Calls, FusedAnswerScoringEstimate.AddTo(RunEstimate.For(fuseOnly), fuseOnly).Calls);
    }
}
