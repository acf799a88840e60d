using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Judging;
using FusionStudio.Engine.Runs;

namespace FusionStudio.UnitTests.Estimation;

/// <summary>
/// The routed methods' estimate, by hand: 10 prompts of 10 tokens; teacher A (max 100, $1/$2 per million, 2 samples)
/// and B (max 200, $3/$4), so the mean teacher answers 150 tokens and a routed answer costs the mean of A's
/// (14 × 1 + 100 × 2) / 1e6 and B's (14 × 3 + 200 × 4) / 1e6: $0.000528. Judge: max 50, $0.5/$1.5; fusor: max 300,
/// $2/$6; pointwise template 20 tokens, fusor template 30; a template request adds 8 tokens.
/// </summary>
public sealed class RoutedRunEstimateTests
{
    private static RunEstimateInput Input(IReadOnlyCollection<AggregationMethod> methods, int topK = 2) => new()
    {
        PromptCount = 10,
        AveragePromptCharacters = 40,
        Teachers = [new RunEstimateTeacher(new RunEstimateModel(100, 1m, 2m), 2), new RunEstimateTeacher(new RunEstimateModel(200, 3m, 4m), 1)],
        Methods = methods,
        RoutedTopK = topK,
        Judge = new RunEstimateModel(50, 0.5m, 1.5m),
        Fusor = new RunEstimateModel(300, 2m, 6m),
        PointwiseTemplateCharacters = 80,
        FusorTemplateCharacters = 120,
    };

    [Fact]
    public void Routed_alone_asks_one_teacher_per_prompt_at_the_mean_teachers_price_and_judges_that_answer()
    {
        var estimate = RunEstimate.For(Input([AggregationMethod.Routed]));

        var generation = estimate.Steps[0];
        Assert.Equal((10L, 140L, 1500L, 0.00528m), (generation.Calls, generation.InputTokens, generation.OutputTokens, generation.Cost));
        // The routed answer is scored: one judge call per prompt reading 20 + 8 + 10 + 150 tokens.
        var judge = Assert.Single(estimate.Steps, s => s.Kind == RunEstimateStepKind.PointwiseJudge);
        Assert.Equal((10L, 1880L), (judge.Calls, judge.InputTokens));
    }

    [Fact]
    public void Routed_fusion_asks_the_top_k_teachers_and_fuses_only_their_answers()
    {
        var estimate = FusedAnswerScoringEstimate.AddTo(RunEstimate.For(Input([AggregationMethod.RoutedFusion], topK: 2)), Input([AggregationMethod.RoutedFusion], topK: 2));

        Assert.Equal(20, estimate.Steps[0].Calls);
        var fusion = Assert.Single(estimate.Steps, s => s.Kind == RunEstimateStepKind.Fusion);
        // Per call: 30 template + 8 + 10 prompt + 2 × 150 answers.
        Assert.Equal((10L, 3480L), (fusion.Calls, fusion.InputTokens));
        // The candidates are not judged; the fused answer is (20 + 8 + 10 + 300 tokens).
        var judge = Assert.Single(estimate.Steps, s => s.Kind == RunEstimateStepKind.PointwiseJudge);
        Assert.Equal((10L, 3380L), (judge.Calls, judge.InputTokens));
    }

    [Fact]
    public void Routed_beside_a_full_method_adds_no_generation()
    {
        var routed = RunEstimate.For(Input([AggregationMethod.Mbr, AggregationMethod.Routed]));
        var alone = RunEstimate.For(Input([AggregationMethod.Mbr]));

        Assert.Equal(alone.Steps[0], routed.Steps[0]);
        Assert.Equal(30, routed.Steps[0].Calls);
    }

    [Fact]
    public void Fusion_of_n_and_routed_fusion_each_make_one_fusor_call_per_prompt()
    {
        var estimate = RunEstimate.For(Input([AggregationMethod.FusionOfN, AggregationMethod.RoutedFusion]));

        var fusion = Assert.Single(estimate.Steps, s => s.Kind == RunEstimateStepKind.Fusion);
        // All three candidates (400 tokens) for one, the top two at the mean (300) for the other.
        Assert.Equal((20L, 10L * ((48 + 400) + (48 + 300))), (fusion.Calls, fusion.InputTokens));
    }
}
