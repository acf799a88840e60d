using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;

namespace FusionStudio.UnitTests.Analysis;

public sealed class MethodCostCalculatorTests
{
    // 10 prompts × 4 candidates at $0.001 and 800 ms each on average; the slowest of a prompt's four took 1,100 ms on
    // average, and the four run side by side, so generation takes 1,100 ms per prompt.
    private static readonly UsageTotals _generation = new(10, 40, 4000, 2000, 0.04m, 32_000) { StepLatencyMs = 1100 };

    [Fact]
    public void Fusion_adds_its_fusor_calls_to_the_shared_generation()
    {
        var fusion = new UsageTotals(10, 10, 3000, 1000, 0.02m, 15_000) { StepLatencyMs = 1500 };

        var cost = MethodCostCalculator.For(AggregationMethod.FusionOfN, _generation, fusion);

        Assert.Equal(50, cost.Calls);
        Assert.Equal(0.06m, cost.Cost);
        Assert.Equal(0.006m, cost.CostPerPrompt);
        Assert.Equal(7000, cost.InputTokens);
        // The slowest generation call (1,100 ms), then the one fusor call (1,500 ms); not the 800 ms mean call.
        Assert.Equal(2600, cost.LatencyPerPromptMs!.Value, 9);
    }

    [Fact]
    public void Selectors_without_a_judge_pay_generation_only()
    {
        var cost = MethodCostCalculator.For(AggregationMethod.Mbr, _generation, new UsageTotals(10, 99, 1, 1, 5m, 1));

        Assert.Equal(40, cost.Calls);
        Assert.Equal(0.004m, cost.CostPerPrompt);
        Assert.Equal(1100, cost.LatencyPerPromptMs!.Value, 9);
        Assert.Contains("generation only", cost.Counted, StringComparison.Ordinal);
    }

    [Fact]
    public void Best_of_n_adds_the_pointwise_judge_calls()
    {
        // Four judge calls per prompt, side by side: 200 ms on average, the slowest 350 ms.
        var judge = new UsageTotals(8, 32, 1600, 320, 0.008m, 6400) { StepLatencyMs = 350 };

        var cost = MethodCostCalculator.For(AggregationMethod.BestOfN, _generation, judge);

        Assert.Equal(72, cost.Calls);
        Assert.Equal(8, cost.Prompts);
        Assert.Equal(0.004m + 0.001m, cost.CostPerPrompt);
        Assert.Equal(1450, cost.LatencyPerPromptMs!.Value, 9);
    }
}
