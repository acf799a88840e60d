using System.Collections.Concurrent;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Gateway.Outbound;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FusionStudio.Engine.Gateway;

/// <summary>
/// The <see cref="IModelGateway"/> over Semantic Kernel: cache first, then the provider through its limits, retries
/// and timeouts (<see cref="ModelCallExecutor"/>). A cache hit reports the original answer's tokens but a cost of 0,
/// because a run reports what it spent: re-running with a new fusor shows only the fusor calls' cost. A broken cache
/// never fails a call; the call goes on without it. Identical requests asked at the same time in one process share one
/// provider call: the later ones get the first one's answer as a cache hit.
/// </summary>
public sealed class ModelGateway : IModelGateway
{
    private readonly IModelResponseCache _cache;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ModelGateway> _logger;
    private readonly ModelCallExecutor _executor;

    // Cacheable requests being asked now, by cache key; see AnswerAsync.
    private readonly ConcurrentDictionary<string, Task<ModelCacheEntry?>> _inFlight = new(StringComparer.Ordinal);

    public ModelGateway(
        IOptions<GatewayOptions> options,
        ProviderLimiterRegistry limiters,
        IModelResponseCache cache,
        TimeProvider timeProvider,
        ILogger<ModelGateway> logger,
        IEnumerable<IChatServiceSource> chatServiceSources,
        ProviderAddressPolicy addresses)
    {
        ArgumentNullException.ThrowIfNull(options);
        _cache = cache;
        _timeProvider = timeProvider;
        _logger = logger;
        var settings = options.Value;
        var chatServices = new ChatServiceFactory(chatServiceSources, addresses);
        _executor = new ModelCallExecutor(settings, limiters, chatServices, timeProvider, logger);
    }

    public async Task<ModelCallResult> CompleteAsync(ModelCallRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Model, nameof(request));
        if (request.Messages.Count == 0)
        {
            throw new ArgumentException("A model call needs at least one message.", nameof(request));
        }

        var startedAt = _timeProvider.GetTimestamp();
        var startedUtc = _timeProvider.GetUtcNow();
        var result = await AnswerAsync(request, startedAt, cancellationToken).ConfigureAwait(false);
        return result with { Call = CallRecord.Of(request, result, startedUtc, _timeProvider.GetUtcNow()) };
    }

    public async Task<ModelCallResult> StreamAsync(
        ModelCallRequest request, Func<string, CancellationToken, ValueTask> onDelta, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(onDelta);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Model, nameof(request));
        if (request.Messages.Count == 0)
        {
            throw new ArgumentException("A model call needs at least one message.", nameof(request));
        }

        var startedAt = _timeProvider.GetTimestamp();
        var startedUtc = _timeProvider.GetUtcNow();
        var result = await _executor.StreamAsync(request, onDelta, startedAt, cancellationToken).ConfigureAwait(false);
        return result with { Call = CallRecord.Of(request, result, startedUtc, _timeProvider.GetUtcNow()) };
    }

    private async Task<ModelCallResult> AnswerAsync(ModelCallRequest request, long startedAt, CancellationToken cancellationToken)
    {
        if (!request.UseCache)
        {
            return await _executor.ExecuteAsync(request, startedAt, cancellationToken).ConfigureAwait(false);
        }

        var key = ModelCacheKey.Compute(request);
        var flight = new TaskCompletionSource<ModelCacheEntry?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = _inFlight.GetOrAdd(key, flight.Task);
        if (first != flight.Task)
        {
            // The same request is being asked in this process right now: its answer is what the cache would hold a moment
            // later, so this one waits for it instead of paying for it twice. Without an answer, it asks on its own.
            return await first.WaitAsync(cancellationToken).ConfigureAwait(false) is { } shared
                ? Hit(shared, startedAt)
                : (await AskAsync(request, key, startedAt, cancellationToken).ConfigureAwait(false)).Result;
        }

        ModelCacheEntry? answer = null;
        var stored = Task.CompletedTask;
        try
        {
            var asked = await AskAsync(request, key, startedAt, cancellationToken).ConfigureAwait(false);
            answer = asked.Answer;
            stored = asked.Stored;
            return asked.Result;
        }
        finally
        {
            flight.TrySetResult(answer);
            _ = ForgetWhenStoredAsync(key, flight.Task, stored);
        }
    }

    /// <summary>Until the answer is in the cache, the same request asked here takes it from this flight, not from the provider.</summary>
    private async Task ForgetWhenStoredAsync(string key, Task<ModelCacheEntry?> flight, Task stored)
    {
        await stored.ConfigureAwait(false);
        _inFlight.TryRemove(new KeyValuePair<string, Task<ModelCacheEntry?>>(key, flight));
    }

    /// <summary>
    /// Cache first, then the provider; a successful answer is handed to the cache and returned as the entry to share.
    /// The caller does not wait for the cache's write: the answer's own row (a candidate, a score) is handed to the
    /// same group commit a moment later, so both usually land in one transaction instead of two in a row.
    /// </summary>
    private async Task<(ModelCallResult Result, ModelCacheEntry? Answer, Task Stored)> AskAsync(
        ModelCallRequest request, string key, long startedAt, CancellationToken cancellationToken)
    {
        if (await LookUpAsync(request, key, cancellationToken).ConfigureAwait(false) is { } hit)
        {
            return (Hit(hit, startedAt), hit, Task.CompletedTask);
        }

        var result = await _executor.ExecuteAsync(request, startedAt, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            return (result, null, Task.CompletedTask);
        }

        var entry = new ModelCacheEntry(
            request.Provider.ProviderId, request.Model, result.Text, result.Usage.InputTokens, result.Usage.OutputTokens, result.Usage.FinishReason);
        return (result, entry, StoreAsync(request, key, entry));
    }

    private ModelCallResult Hit(ModelCacheEntry hit, long startedAt)
    {
        var elapsed = _timeProvider.GetElapsedTime(startedAt);
        var usage = new ModelCallUsage
        {
            InputTokens = hit.InputTokens,
            OutputTokens = hit.OutputTokens,
            LatencyMs = ModelCallResult.ToMilliseconds(elapsed),
            Cost = 0m,
            FinishReason = hit.FinishReason,
            CacheHit = true,
        };
        return ModelCallResult.Success(hit.Text, usage, attempts: 0, elapsed);
    }

    private async Task<ModelCacheEntry?> LookUpAsync(ModelCallRequest request, string key, CancellationToken cancellationToken)
    {
        try
        {
            return await _cache.TryGetAsync(key, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            GatewayLog.CacheFailed(_logger, exception, "lookup", request.Provider.ProviderId, request.Model);
            return null;
        }
    }

    /// <summary>Not cancellable: the answer is paid for, so it is kept even when the caller has stopped waiting.</summary>
    private async Task StoreAsync(ModelCallRequest request, string key, ModelCacheEntry entry)
    {
        try
        {
            await _cache.SetAsync(key, entry, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            GatewayLog.CacheFailed(_logger, exception, "store", request.Provider.ProviderId, request.Model);
        }
    }
}
