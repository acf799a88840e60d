using FusionStudio.Domain.Datasets;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Judging;
using Microsoft.Extensions.Options;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>
/// Asks a judge one question and re-asks when its answer cannot be parsed, up to <see cref="RunOptions.JudgeMaxAttempts"/>;
/// then the failure is reported with its reason — never a made-up default verdict. Every judge of a run (candidate
/// scores, fused-answer scores, comparisons) asks through here.
/// </summary>
public sealed class JudgeAsker(IModelGateway gateway, IOptions<RunOptions> options)
{
    /// <summary>The run's pointwise judge on one answer to the prompt: a candidate or a fused answer alike.</summary>
    public Task<JudgeAnswer<PointwiseVerdict>> ScorePointwiseAsync(RunContext run, DatasetPrompt prompt, string answer, CancellationToken cancellationToken) =>
        AskAsync<PointwiseVerdict>(
            run.Judge!,
            PointwiseRequestBuilder.Build(run.PointwiseTemplate!, prompt, answer),
            ModelCallPurpose.PointwiseJudge,
            PointwiseVerdictParser.TryParse,
            cancellationToken);

    public async Task<JudgeAnswer<TVerdict>> AskAsync<TVerdict>(
        RunTeacherContext judge,
        IReadOnlyList<PromptMessage> messages,
        ModelCallPurpose purpose,
        JudgeAnswerParser<TVerdict> parser,
        CancellationToken cancellationToken)
        where TVerdict : class
    {
        var policy = new JudgeRetryPolicy(options.Value.JudgeMaxAttempts);
        var calls = new List<Domain.Runs.ModelCallUsage>();
        string? raw = null;
        string? error = null;
        while (policy.CanAskAgain(calls.Count))
        {
            // Each re-ask is a new sample, so neither the cache nor a seeded model repeats the unreadable answer.
            var result = await gateway.CompleteAsync(judge.Request(messages, calls.Count, purpose), cancellationToken);
            calls.Add(result.Usage);
            raw = result.Text;
            if (!result.Succeeded)
            {
                return new JudgeAnswer<TVerdict>(null, raw, result.FailureReason, calls);
            }

            if (parser(result.Text, out var verdict, out var reason))
            {
                return new JudgeAnswer<TVerdict>(verdict, raw, null, calls);
            }

            error = $"Unreadable judge answer after {calls.Count} attempt(s): {reason}";
        }

        return new JudgeAnswer<TVerdict>(null, raw, error, calls);
    }
}
