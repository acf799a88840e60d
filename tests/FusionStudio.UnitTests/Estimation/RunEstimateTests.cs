using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Runs;

namespace FusionStudio.UnitTests.Estimation;

/// <summary>
/// One hand-computed run: 10 prompts of 40 characters (10 tokens); teacher A (max 100 tokens, $1/$2 per million)
/// gives 2 samples, teacher B (max 200, $3/$4) 1, so N = 3 and the candidates' output is 2 × 100 + 200 = 400
/// tokens per prompt. Judge: max 50, $0.5/$1.5. Fusor: max 300, $2/$6. Templates: pointwise 80 characters (20
/// tokens), fusor 120 (30), pairwise 160 (40); a template request adds 8 tokens for its two messages.
/// </summary>
public sealed class RunEstimateTests
{
    private static readonly RunEstimateModel _judge = new(50, 0.5m, 1.5m);
    private static readonly RunEstimateModel _fusor = new(300, 2m, 6m);

    private static RunEstimateInput Input(IReadOnlyCollection<AggregationMethod> methods, IReadOnlyCollection<MethodPair>? pairs = null) => new()
    {
        PromptCount = 10,
        AveragePromptCharacters = 40,
        Teachers = [new RunEstimateTeacher(new RunEstimateModel(100, 1m, 2m), 2), new RunEstimateTeacher(new RunEstimateModel(200, 3m, 4m), 1)],
        Methods = methods,
        Pairs = pairs ?? [],
        Judge = _judge,
        Fusor = _fusor,
        PointwiseTemplateCharacters = 80,
        FusorTemplateCharacters = 120,
        PairwiseTemplateCharacters = 160,
    };

    [Fact]
    public void Generation_is_prompts_times_candidates_at_each_teachers_prices()
    {
        var estimate = RunEstimate.For(Input([AggregationMethod.Mbr]));

        var step = Assert.Single(estimate.Steps);
        Assert.Equal(RunEstimateStepKind.Generation, step.Kind);
        Assert.Equal(30, step.Calls);
        // A: 20 calls × (10 + 4 message tokens) in, 20 × 100 out; B: 10 × 14 in, 10 × 200 out.
        Assert.Equal(280 + 140, step.InputTokens);
        Assert.Equal(2000 + 2000, step.OutputTokens);
        // A: (280 × 1 + 2000 × 2) / 1e6 = 0.00428; B: (140 × 3 + 2000 × 4) / 1e6 = 0.00842.
        Assert.Equal(0.0127m, step.Cost);
    }

    [Fact]
    public void Every_step_of_a_full_run_matches_the_hand_computed_numbers()
    {
        var estimate = RunEstimate.For(Input(
            [AggregationMethod.BestOfN, AggregationMethod.Mbr, AggregationMethod.Random, AggregationMethod.FusionOfN],
            [MethodPair.FusionVersusBestOfN]));

        Assert.Equal(
            [RunEstimateStepKind.Generation, RunEstimateStepKind.PointwiseJudge, RunEstimateStepKind.Fusion, RunEstimateStepKind.Comparison],
            estimate.Steps.Select(s => s.Kind));

        // Pointwise: 30 calls; per prompt 3 × (20 + 8 + 10) + 400 = 514 tokens in; 30 × 50 out.
        var pointwise = estimate.Steps[1];
        Assert.Equal((30L, 5140L, 1500L, 0.00482m), (pointwise.Calls, pointwise.InputTokens, pointwise.OutputTokens, pointwise.Cost));

        // Fusion: 10 calls; per prompt 30 + 8 + 10 + 400 = 448 in; 10 × 300 out; (4480 × 2 + 3000 × 6) / 1e6.
        var fusion = estimate.Steps[2];
        Assert.Equal((10L, 4480L, 3000L, 0.02696m), (fusion.Calls, fusion.InputTokens, fusion.OutputTokens, fusion.Cost));

        // Comparisons: 10 prompts × 1 pair × 2 orders; each call 40 + 8 + 10 + 300 (fused) + 200 (longest candidate).
        var comparison = estimate.Steps[3];
        Assert.Equal((20L, 11160L, 1000L, 0.00708m), (comparison.Calls, comparison.InputTokens, comparison.OutputTokens, comparison.Cost));

        Assert.Equal(90, estimate.Calls);
        Assert.Equal(21200, estimate.InputTokens);
        Assert.Equal(9500, estimate.OutputTokens);
        Assert.Equal(0.05156m, estimate.Cost);
        Assert.True(estimate.IsComplete);
    }

    [Fact]
    public void Mixture_of_agents_adds_n_proposer_calls_per_later_layer_and_a_fusor_call_per_prompt()
    {
        // 3 layers; proposer template 100 characters (25 tokens). Each proposer call reads 25 + 8 + 10 + 400 = 443 tokens.
        var estimate = RunEstimate.For(Input([AggregationMethod.FusionOfN, AggregationMethod.MixtureOfAgents]) with
        {
            MixtureLayers = 3,
            ProposerTemplateCharacters = 100,
        });

        Assert.Equal(
            [RunEstimateStepKind.Generation, RunEstimateStepKind.MixtureLayers, RunEstimateStepKind.Fusion],
            estimate.Steps.Select(s => s.Kind));

        // A: 10 prompts × 2 samples × 2 layers = 40 calls, 40 × 443 in, 40 × 100 out, (17720 × 1 + 4000 × 2) / 1e6;
        // B: 20 calls, 20 × 443 in, 20 × 200 out, (8860 × 3 + 4000 × 4) / 1e6.
        var layers = estimate.Steps[1];
        Assert.Equal((60L, 26580L, 8000L, 0.02572m + 0.04258m), (layers.Calls, layers.InputTokens, layers.OutputTokens, layers.Cost));
        Assert.Equal("MoA layers", layers.Label);

        // Fusion: one call per prompt for each of Fusion-of-N and MoA, 448 tokens in, 300 out; (8960 × 2 + 6000 × 6) / 1e6.
        var fusion = estimate.Steps[2];
        Assert.Equal((20L, 8960L, 6000L, 0.05392m), (fusion.Calls, fusion.InputTokens, fusion.OutputTokens, fusion.Cost));
    }

    [Fact]
    public void Two_layers_of_mixture_of_agents_cost_one_proposer_call_per_candidate()
    {
        var estimate = RunEstimate.For(Input([AggregationMethod.MixtureOfAgents]));

        Assert.Equal(30, estimate.Steps.Single(s => s.Kind == RunEstimateStepKind.MixtureLayers).Calls);
        Assert.Equal(10, estimate.Steps.Single(s => s.Kind == RunEstimateStepKind.Fusion).Calls);
    }

    [Fact]
    public void Selector_only_pairs_read_two_candidate_length_answers()
    {
        var estimate = RunEstimate.For(Input(
            [AggregationMethod.BestOfN, AggregationMethod.Mbr],
            [new MethodPair(AggregationMethod.Mbr, AggregationMethod.BestOfN)]));

        var comparison = estimate.Steps.Single(s => s.Kind == RunEstimateStepKind.Comparison);
        // Each call: 40 + 8 + 10 + 200 + 200 = 458 tokens; 20 calls.
        Assert.Equal(20 * 458, comparison.InputTokens);
        Assert.DoesNotContain(estimate.Steps, s => s.Kind == RunEstimateStepKind.Fusion);
    }

    [Fact]
    public void A_step_without_its_model_counts_calls_but_no_cost()
    {
        var estimate = RunEstimate.For(Input([AggregationMethod.FusionOfN]) with { Fusor = null });

        var fusion = estimate.Steps.Single(s => s.Kind == RunEstimateStepKind.Fusion);
        Assert.Equal(10, fusion.Calls);
        Assert.False(fusion.Priced);
        Assert.Equal(0m, fusion.Cost);
        Assert.False(estimate.IsComplete);
    }

    [Fact]
    public void No_prompts_means_no_calls()
    {
        var estimate = RunEstimate.For(Input([AggregationMethod.BestOfN, AggregationMethod.FusionOfN], [MethodPair.FusionVersusBestOfN]) with { PromptCount = 0 });

        Assert.Equal(0, estimate.Calls);
        Assert.Equal(0m, estimate.Cost);
    }
}
