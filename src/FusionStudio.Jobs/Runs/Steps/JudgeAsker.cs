using FusionStudio.Domain.Datasets;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Judging;
using Microsoft.Extensions.Options;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>
/// Asks a judge one question and re-asks when its answer cannot be parsed, up to <see cref="RunOptions.JudgeMaxAttempts"/>;
/// then the failure is reported with its reason — never a made-up default verdict. Every judge of a run (candidate
/// scores, fused-answer scores, comparisons) asks through here. An unreadable answer's call is marked as such in
/// the call log.
/// </summary>
public sealed class JudgeAsker(IModelGateway gateway, IOptions<RunOptions> options)
{
    /// <summary>The run's pointwise judge on one answer to the prompt: a candidate or a fused answer alike.</summary>
    public Task<JudgeAnswer<PointwiseVerdict>> ScorePointwiseAsync(
        RunContext run, DatasetPrompt prompt, string answer, ModelCallPurpose purpose, CancellationToken cancellationToken) =>
        AskAsync<PointwiseVerdict>(
            run,
            prompt.Id,
            run.PointwiseTemplate!.Id,
            PointwiseRequestBuilder.Build(run.PointwiseTemplate!, prompt, answer),
            purpose,
            PointwiseVerdictParser.TryParse,
            cancellationToken);

    public async Task<JudgeAnswer<TVerdict>> AskAsync<TVerdict>(
        RunContext run,
        long promptId,
        int templateVersionId,
        IReadOnlyList<PromptMessage> messages,
        ModelCallPurpose purpose,
        JudgeAnswerParser<TVerdict> parser,
        CancellationToken cancellationToken)
        where TVerdict : class
    {
        var policy = new JudgeRetryPolicy(options.Value.JudgeMaxAttempts);
        var calls = new List<ModelCall>();
        string? raw = null;
        string? error = null;
        while (policy.CanAskAgain(calls.Count))
        {
            // Each re-ask is a new sample, so neither the cache nor a seeded model repeats the unreadable answer.
            var request = run.Judge!.Request(messages, calls.Count, purpose, run.Run.Id, promptId, templateVersionId);
            var result = await gateway.CompleteAsync(request, cancellationToken);
            calls.Add(result.Call);
            raw = result.Text;
            if (!result.Succeeded)
            {
                return new JudgeAnswer<TVerdict>(null, raw, result.FailureReason, calls);
            }

            if (parser(result.Text, out var verdict, out var reason))
            {
                return new JudgeAnswer<TVerdict>(verdict, raw, null, calls);
            }

            result.Call.ErrorKind = FailureKind.UnreadableAnswer;
            result.Call.Error = $"Unreadable judge answer: {reason}";
            error = $"Unreadable judge answer after {calls.Count} attempt(s): {reason}";
        }

        return new JudgeAnswer<TVerdict>(null, raw, error, calls);
    }
}
