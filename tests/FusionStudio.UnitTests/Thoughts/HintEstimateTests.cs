using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Runs;
using FusionStudio.Web.Runs;

namespace FusionStudio.UnitTests.Thoughts;

public sealed class HintEstimateTests
{
    private static readonly RunFormOptions s_options = new(
        [new DatasetChoice(1, "held back", 10, ["en"], 400) { AveragePromptTokens = 100 }],
        [new PoolChoice(1, "pool", [new PoolMemberChoice(1, "a", 2), new PoolMemberChoice(2, "b", 1)])],
        [new TeacherChoice(1, "a", "a", "p", false, 256, 1m, 2m), new TeacherChoice(2, "b", "b", "p", false, 256, 1m, 2m)],
        [new TemplateChoice(7, "hints", PromptTemplateKind.GenerationWithHints, true, 70, 1, 320) { Tokens = 60 }])
    {
        ThoughtSets = [new ThoughtSetChoice(3, "logs", 300, 220)],
    };

    [Fact]
    public void Hints_add_the_hints_prompt_and_three_templates_to_every_generation_call_and_nothing_elsewhere()
    {
        var plain = new RunPlan { DatasetId = 1, PoolId = 1, Methods = [AggregationMethod.Random], Pairs = [], HintsTemplateId = 7 };
        var hinted = new RunPlan { DatasetId = 1, PoolId = 1, Methods = [AggregationMethod.Random], Pairs = [], HintsTemplateId = 7, ThoughtTemplateSetId = 3 };

        var without = RunPlanEstimator.Estimate(plain, s_options)!;
        var with = RunPlanEstimator.Estimate(hinted, s_options)!;

        // 10 prompts × 3 candidates; each call adds the template's 60 tokens and 3 × 220 characters (165 tokens).
        var extra = 10 * 3 * (60 + 165);
        Assert.Equal(Generation(without).InputTokens + extra, Generation(with).InputTokens);
        Assert.Equal(Generation(without).Calls, Generation(with).Calls);
        Assert.Equal(without.Steps.Count, with.Steps.Count);
        Assert.True(with.Cost > without.Cost);
        Assert.Equal(60 + 165, RunPlanEstimator.HintTokensPerCall(hinted, s_options));
        Assert.Equal(0, RunPlanEstimator.HintTokensPerCall(plain, s_options));
    }

    [Fact]
    public void A_set_that_is_not_offered_adds_no_hint_tokens()
    {
        var plan = new RunPlan { DatasetId = 1, PoolId = 1, Methods = [AggregationMethod.Random], Pairs = [], HintsTemplateId = 7, ThoughtTemplateSetId = 99 };
        var plain = new RunPlan { DatasetId = 1, PoolId = 1, Methods = [AggregationMethod.Random], Pairs = [], HintsTemplateId = 7 };

        Assert.Equal(Generation(RunPlanEstimator.Estimate(plain, s_options)!).InputTokens, Generation(RunPlanEstimator.Estimate(plan, s_options)!).InputTokens);
    }

    private static RunEstimateStep Generation(RunEstimate estimate) => estimate.Steps.Single(s => s.Kind == RunEstimateStepKind.Generation);
}
