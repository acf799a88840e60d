namespace FusionStudio.Engine.Gateway;

/// <summary>
/// The one way FusionStudio calls a model: response cache, per-provider limits, retries that honour
/// <c>Retry-After</c>, timeouts, cancellation, token and cost accounting.
/// </summary>
public interface IModelGateway
{
    /// <summary>
    /// Asks the model once (retrying transient faults). A failed call is a <see cref="ModelCallResult"/> with a
    /// <see cref="FailureKind"/>, not an exception.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<ModelCallResult> CompleteAsync(ModelCallRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Asks the model once and hands each piece of its answer to <paramref name="onDelta"/> as it arrives. Never
    /// cached; transient faults are retried only until the first piece has been handed on, since a client cannot
    /// take back what it was sent. The result holds the whole text, as <see cref="CompleteAsync"/> would.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<ModelCallResult> StreamAsync(
        ModelCallRequest request, Func<string, CancellationToken, ValueTask> onDelta, CancellationToken cancellationToken = default);
}
