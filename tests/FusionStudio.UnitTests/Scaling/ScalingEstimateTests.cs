using FusionStudio.Engine.Runs;
using FusionStudio.Engine.Scaling;

namespace FusionStudio.UnitTests.Scaling;

/// <summary>
/// Hand-computed: 10 prompts, N = 4. The run's fusor calls read 1,000 tokens and wrote 200; a candidate is 150
/// tokens; a judge call reads 300 and writes 40. Fusor $2 / $6 per million tokens, judge $1 / $3.
/// </summary>
public sealed class ScalingEstimateTests
{
    private static ScalingEstimateInput Input(IReadOnlyCollection<int> limits, decimal? cap = null, decimal spent = 0m) => new()
    {
        PromptCount = 10,
        CandidatesPerPrompt = 4,
        Limits = limits,
        Averages = new ScalingCallAverages(FusionInputTokens: 1000, FusionOutputTokens: 200, CandidateOutputTokens: 150, JudgeInputTokens: 300, JudgeOutputTokens: 40),
        Fusor = new RunEstimateModel(512, 2m, 6m),
        Judge = new RunEstimateModel(128, 1m, 3m),
        Spent = spent,
        BudgetCap = cap,
    };

    [Fact]
    public void Each_k_costs_one_fusor_and_one_judge_call_per_prompt_with_fewer_candidates_read()
    {
        var estimate = ScalingEstimate.For(Input([1, 2, 3]));

        Assert.Equal((30L, 30L, 60L), (estimate.FusorCalls, estimate.JudgeCalls, estimate.Calls));
        // Fusor in: 10 × (1000 − 3×150) + 10 × (1000 − 2×150) + 10 × (1000 − 150) = 5500 + 7000 + 8500 = 21,000; judge in 30 × 300.
        Assert.Equal(21_000 + 9_000, estimate.InputTokens);
        // Fusor out 30 × 200; judge out 30 × 40.
        Assert.Equal(6_000 + 1_200, estimate.OutputTokens);
        // Fusor (21,000 × 2 + 6,000 × 6) / 1e6 = 0.078; judge (9,000 × 1 + 1,200 × 3) / 1e6 = 0.0126.
        Assert.Equal(0.0906m, estimate.Cost);
        Assert.Null(estimate.FitsBudget);
    }

    [Fact]
    public void Values_outside_one_to_n_minus_one_and_repeats_are_left_out()
    {
        var estimate = ScalingEstimate.For(Input([0, 2, 2, 4, 7]));

        Assert.Equal(10, estimate.FusorCalls);
        Assert.Equal(7_000 + 3_000, estimate.InputTokens);
    }

    [Fact]
    public void The_budget_check_compares_the_cost_with_what_is_left_of_the_cap()
    {
        Assert.True(ScalingEstimate.For(Input([1, 2, 3], cap: 1m, spent: 0.9m)).FitsBudget);
        var tight = ScalingEstimate.For(Input([1, 2, 3], cap: 1m, spent: 0.95m));
        Assert.False(tight.FitsBudget);
        Assert.Equal(0.05m, tight.Remaining);
    }
}
