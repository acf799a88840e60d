using FusionStudio.Domain.Datasets;
using FusionStudio.Engine.Gateway;

namespace FusionStudio.Engine.Serving;

/// <summary>
/// The calls of one served request under its deadlines: each call has its own, and missing it leaves the call out (a
/// failed result with the time it took); only the caller's own cancellation (the client went away) ends the request.
/// Calls before the last one must answer by the request's deadline less one call timeout, so the last always has a whole call.
/// </summary>
internal sealed class ServedRequestCalls(
    IModelGateway gateway, TimeProvider clock, ServingPlan plan, IReadOnlyList<PromptMessage> messages, CancellationToken clientToken, CancellationToken requestToken)
{
    private readonly long _started = clock.GetTimestamp();

    public ServingPlan Plan { get; } = plan;

    public IReadOnlyList<PromptMessage> Messages { get; } = messages;

    public TimeSpan Elapsed => clock.GetElapsedTime(_started);

    /// <summary>The time a call that is not the last may take now.</summary>
    public TimeSpan TeacherTime => Shorter(Plan.CallTimeout, Plan.RequestTimeout - Plan.CallTimeout - Elapsed);

    /// <summary>The time the last call (fusor or fallback) may take now.</summary>
    public TimeSpan FusorTime => Shorter(Plan.CallTimeout, Plan.RequestTimeout - Elapsed);

    /// <summary>Asks every teacher at once, each with the messages made for it (teacher, its place in the list).</summary>
    public async Task<IReadOnlyList<ServedCandidate>> AskAllAsync(
        IReadOnlyList<ServedTeacher> teachers, Func<ServedTeacher, int, IReadOnlyList<PromptMessage>> messagesFor, ModelCallPurpose purpose, int? templateVersionId = null)
    {
        var deadline = TeacherTime;
        return await Task.WhenAll(teachers.Select((teacher, i) => AskAsync(teacher, messagesFor(teacher, i), deadline, purpose, onDelta: null, templateVersionId)));
    }

    public async Task<ServedCandidate> AskAsync(
        ServedTeacher teacher, IReadOnlyList<PromptMessage> messages, TimeSpan deadline, ModelCallPurpose purpose,
        Func<string, CancellationToken, ValueTask>? onDelta, int? templateVersionId = null)
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
