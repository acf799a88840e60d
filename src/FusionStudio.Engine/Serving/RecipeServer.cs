using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Recipes;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Methods;

namespace FusionStudio.Engine.Serving;

/// <summary>
/// Answers one served request with a recipe: the teachers are asked in parallel, those that fail or miss their
/// deadline are left out, and the fusor writes one answer from the rest (streamed to <c>onDelta</c> when given).
/// With fewer candidates than the recipe's minimum, the consensus candidate (MBR) is returned instead, marked as a
/// fallback; with none, the fusor answers the request alone, marked too. Teachers must answer by the request's
/// deadline less one call timeout, so the fusor always has its whole call time.
/// </summary>
public sealed class RecipeServer(IModelGateway gateway, TimeProvider clock)
{
    /// <summary>BCP 47's "undetermined": a served request does not say its language, and the fusor is told to match the request.</summary>
    public const string UndeterminedLanguage = "und";

    private static readonly MbrSelector Consensus = new();

    public async Task<ServedAnswer> ServeAsync(
        ServingPlan plan, IReadOnlyList<PromptMessage> messages, Func<string, CancellationToken, ValueTask>? onDelta, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(messages);
        var started = clock.GetTimestamp();
        using var requestDeadline = new CancellationTokenSource(plan.RequestTimeout, clock);
        using var request = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, requestDeadline.Token);

        if (plan.Version.Kind == RecipeKind.Single || !plan.Version.Fuses)
        {
            var single = await AskAsync(plan.Teachers[0], messages, Shorter(plan.CallTimeout, plan.RequestTimeout), ModelCallPurpose.Generate, onDelta, cancellationToken, request.Token);
            var answer = new ServedAnswer
            {
                Text = single.Result.Text ?? "",
                FinishReason = single.Result.Usage.FinishReason,
                Candidates = [single],
                ChosenCandidate = 0,
                SlowestTeacher = single.Result.Elapsed,
                Elapsed = clock.GetElapsedTime(started),
            };
            return single.Succeeded ? answer : throw new ServingFailedException($"The teacher failed: {single.Result.FailureReason}", answer);
        }

        var teacherTime = Shorter(plan.CallTimeout, plan.RequestTimeout - plan.CallTimeout);
        var candidates = await Task.WhenAll(plan.Teachers.Select(teacher =>
            AskAsync(teacher, messages, teacherTime, ModelCallPurpose.Generate, onDelta: null, cancellationToken, request.Token)));
        var answered = candidates.Select((candidate, position) => (candidate, position)).Where(c => c.candidate.Succeeded).ToList();
        var slowest = answered.Count == 0 ? TimeSpan.Zero : answered.Max(c => c.candidate.Result.Elapsed);
        var views = answered.Select(c => new CandidateView(c.position, c.position, 0, c.candidate.Result.Text!, null)).ToList();
        var fusorTime = Shorter(plan.CallTimeout, plan.RequestTimeout - clock.GetElapsedTime(started));

        ServedAnswer Finish(ServedAnswer answer) => answer with { SlowestTeacher = slowest, Elapsed = clock.GetElapsedTime(started) };

        if (answered.Count == 0)
        {
            // Nothing to fuse: the fusor's model answers the request on its own, so the caller still gets an answer.
            var alone = await AskAsync(plan.Fusor!, messages, fusorTime, ModelCallPurpose.Fuse, onDelta, cancellationToken, request.Token);
            var fallback = Finish(new ServedAnswer
            {
                Text = alone.Result.Text ?? "",
                FinishReason = alone.Result.Usage.FinishReason,
                Candidates = candidates,
                Fusion = alone.Result,
                Fallback = "No teacher answered; the fusor's model answered the request alone.",
            });
            return alone.Succeeded ? fallback : throw new ServingFailedException($"No teacher answered and the fusor failed too: {alone.Result.FailureReason}", fallback);
        }

        if (answered.Count < plan.Limits.MinCandidates)
        {
            return Finish(await ChooseAsync(candidates, views, onDelta,
                $"Only {answered.Count} of {candidates.Length} teachers answered; the recipe fuses at least {plan.Limits.MinCandidates}.", null, cancellationToken));
        }

        var prompt = new DatasetPrompt { Text = LastUserText(messages), Messages = [.. messages], Language = UndeterminedLanguage };
        var fusion = FusionRequestBuilder.BuildShuffled(plan.FusorTemplate!, prompt, views, (ulong)Random.Shared.NextInt64());
        var fused = await AskAsync(
            plan.Fusor!, fusion.Messages, fusorTime, ModelCallPurpose.Fuse, onDelta, cancellationToken, request.Token, plan.FusorTemplate!.Id);
        if (!fused.Succeeded)
        {
            return Finish(await ChooseAsync(candidates, views, onDelta, $"The fusor failed ({fused.Result.FailureReason}); the consensus candidate was returned.", fused.Result, cancellationToken));
        }

        return Finish(new ServedAnswer
        {
            Text = fused.Result.Text!,
            FinishReason = fused.Result.Usage.FinishReason,
            Candidates = candidates,
            Fusion = fused.Result,
            PresentedOrder = fusion.PresentedOrder.Select(id => (int)id).ToList(),
        });
    }

    /// <summary>The user's request as plain text: the last user message, as a dataset prompt keeps it.</summary>
    public static string LastUserText(IReadOnlyList<PromptMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return messages.LastOrDefault(m => m.Role == ChatRole.User)?.Content ?? messages[^1].Content;
    }

    private static async Task<ServedAnswer> ChooseAsync(
        IReadOnlyList<ServedCandidate> candidates, IReadOnlyList<CandidateView> views, Func<string, CancellationToken, ValueTask>? onDelta,
        string reason, ModelCallResult? failedFusion, CancellationToken cancellationToken)
    {
        var chosen = (int)Consensus.Select(new SelectionInput(0, 0, views)).CandidateId!.Value;
        var text = candidates[chosen].Result.Text!;
        if (onDelta is not null)
        {
            await onDelta(text, cancellationToken);
        }

        return new ServedAnswer
        {
            Text = text,
            FinishReason = candidates[chosen].Result.Usage.FinishReason,
            Candidates = candidates,
            Fusion = failedFusion,
            ChosenCandidate = chosen,
            Fallback = reason,
        };
    }

    /// <summary>
    /// One call under its own deadline. Missing the deadline leaves the candidate out (a failed result with the time it
    /// took); only the caller's own cancellation (the client went away) ends the request.
    /// </summary>
    private async Task<ServedCandidate> AskAsync(
        ServedTeacher teacher, IReadOnlyList<PromptMessage> messages, TimeSpan deadline, ModelCallPurpose purpose,
        Func<string, CancellationToken, ValueTask>? onDelta, CancellationToken clientToken, CancellationToken requestToken, int? templateVersionId = null)
    {
        var call = teacher.Request(messages, purpose, templateVersionId);
        var startedUtc = clock.GetUtcNow();
        var started = clock.GetTimestamp();
        using var callDeadline = new CancellationTokenSource(deadline > TimeSpan.Zero ? deadline : TimeSpan.FromMilliseconds(1), clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestToken, callDeadline.Token);
        try
        {
            var result = onDelta is null
                ? await gateway.CompleteAsync(call, linked.Token)
                : await gateway.StreamAsync(call, onDelta, linked.Token);
            return new ServedCandidate(teacher, result);
        }
        catch (OperationCanceledException) when (!clientToken.IsCancellationRequested)
        {
            var elapsed = clock.GetElapsedTime(started);
            var missed = ModelCallResult.Failure(
                FailureKind.Timeout, $"missed the recipe's deadline of {FailureClassifier.Describe(deadline)}", attempts: 1, elapsed);
            return new ServedCandidate(teacher, missed with { Call = CallRecord.Of(call, missed, startedUtc, clock.GetUtcNow()) });
        }
    }

    private static TimeSpan Shorter(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
