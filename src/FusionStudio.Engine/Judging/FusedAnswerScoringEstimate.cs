using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Text;
using FusionStudio.Engine.Runs;

namespace FusionStudio.Engine.Judging;

/// <summary>
/// Adds the scoring of fused answers to a run's estimate: when a run pins a pointwise judge prompt
/// (<see cref="AggregationMethodExtensions.ScoreAnswers"/>) and fuses, the pointwise judge scores each prompt's
/// fused answers too — one more judge call per prompt and fusing method, reading the prompt and a fused answer at
/// the fusor's max tokens. It is counted within the pointwise judge step.
/// </summary>
public static class FusedAnswerScoringEstimate
{
    public static RunEstimate AddTo(RunEstimate estimate, RunEstimateInput input)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        ArgumentNullException.ThrowIfNull(input);
        var fusing = input.Methods.Count(m => m.IsFusion());
        if (!input.Methods.ScoreAnswers() || fusing == 0)
        {
            return estimate;
        }

        var judgeStep = estimate.Steps.FirstOrDefault(s => s.Kind == RunEstimateStepKind.PointwiseJudge)
            ?? new RunEstimateStep(RunEstimateStepKind.PointwiseJudge, 0, 0, 0, 0m, Priced: input.Judge is not null);
        long prompts = Math.Max(0, input.PromptCount) * fusing;
        long perCall = input.PointwiseTemplateTokenCount + (2 * TokenEstimator.MessageOverheadTokens)
            + input.PromptTokens + (input.Fusor?.MaxTokens ?? 0);
        var inputTokens = prompts * perCall;
        var outputTokens = input.Judge is { } judge ? prompts * judge.MaxTokens : 0;
        var cost = input.Judge?.CostOf(inputTokens, outputTokens) ?? 0m;
        var merged = judgeStep with
        {
            Calls = judgeStep.Calls + prompts,
            InputTokens = judgeStep.InputTokens + inputTokens,
            OutputTokens = judgeStep.OutputTokens + outputTokens,
            Cost = judgeStep.Cost + cost,
        };
        return estimate.Steps.Contains(judgeStep)
            ? new RunEstimate(estimate.Steps.Select(s => s == judgeStep ? merged : s).ToList())
            : new RunEstimate([.. estimate.Steps.Take(1), merged, .. estimate.Steps.Skip(1)]);
    }
}
