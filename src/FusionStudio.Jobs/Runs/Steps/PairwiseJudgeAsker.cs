using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Judging;
using Microsoft.Extensions.Options;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>Asks the pairwise judge for one order of a comparison, re-asking when its answer cannot be parsed.</summary>
public sealed class PairwiseJudgeAsker(IModelGateway gateway, IOptions<RunOptions> options)
{
    public async Task<PairwiseAnswer> AskAsync(RunTeacherContext judge, IReadOnlyList<PromptMessage> messages, CancellationToken cancellationToken)
    {
        var policy = new JudgeRetryPolicy(options.Value.JudgeMaxAttempts);
        var calls = new List<ModelCallUsage>();
        string? raw = null;
        string? error = null;
        while (policy.CanAskAgain(calls.Count))
        {
            var result = await gateway.CompleteAsync(judge.Request(messages, calls.Count, ModelCallPurpose.PairwiseJudge), cancellationToken);
            calls.Add(result.Usage);
            raw = result.Text;
            if (!result.Succeeded)
            {
                return new PairwiseAnswer(null, raw, result.FailureReason, calls);
            }

            if (PairwiseVerdictParser.TryParse(result.Text, out var verdict, out var reason))
            {
                return new PairwiseAnswer(verdict, raw, null, calls);
            }

            error = $"Unreadable judge answer after {calls.Count} attempt(s): {reason}";
        }

        return new PairwiseAnswer(null, raw, error, calls);
    }
}
