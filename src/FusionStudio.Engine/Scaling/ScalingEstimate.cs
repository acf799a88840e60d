namespace FusionStudio.Engine.Scaling;

/// <summary>
/// The calls, tokens and cost of FusioN@k points before they run: per prompt, per k and per random subset, one
/// fusor call and one pointwise judge call (a floor: unreadable judge answers are asked again). A fusor call over k candidates reads
/// the run's average fusor request less the N − k candidates it leaves out; answers are as long as the run's were.
/// </summary>
public sealed record ScalingEstimate(long FusorCalls, long JudgeCalls, long InputTokens, long OutputTokens, decimal Cost, decimal? Remaining)
{
    public long Calls => FusorCalls + JudgeCalls;

    /// <summary>Null when the run has no budget cap.</summary>
    public bool? FitsBudget => Remaining is { } left ? Cost <= left : null;

    public static ScalingEstimate For(ScalingEstimateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        long prompts = Math.Max(0, input.PromptCount) * Math.Max(1, input.Subsets);
        var limits = input.Limits.Where(k => k >= 1 && k < input.CandidatesPerPrompt).Distinct().ToList();
        var averages = input.Averages;
        long fusorInput = 0, fusorOutput = 0;
        foreach (var k in limits)
        {
            var perCall = Math.Max(0, averages.FusionInputTokens - ((input.CandidatesPerPrompt - k) * averages.CandidateOutputTokens));
            fusorInput += Round(prompts * perCall);
            fusorOutput += Round(prompts * averages.FusionOutputTokens);
        }

        var calls = prompts * limits.Count;
        var judgeInput = Round(calls * averages.JudgeInputTokens);
        var judgeOutput = Round(calls * averages.JudgeOutputTokens);
        var cost = (input.Fusor?.CostOf(fusorInput, fusorOutput) ?? 0m) + (input.Judge?.CostOf(judgeInput, judgeOutput) ?? 0m);
        decimal? remaining = input.BudgetCap is { } cap ? cap - input.Spent : null;
        return new ScalingEstimate(calls, calls, fusorInput + judgeInput, fusorOutput + judgeOutput, cost, remaining);
    }

    private static long Round(double tokens) => (long)Math.Ceiling(tokens);
}
