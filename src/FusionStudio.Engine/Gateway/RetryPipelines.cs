using Polly;
using Polly.Retry;

namespace FusionStudio.Engine.Gateway;

/// <summary>
/// The gateway's retry strategy (Polly v8): rate limits, server errors, timeouts and network errors are retried for
/// <see cref="GatewayOptions.RetryBudget"/> (and at most <see cref="GatewayOptions.MaxRetries"/> times when that is
/// set); empty and malformed answers up to <see cref="GatewayOptions.MaxContentRetries"/> times; 4xx never. Exponential backoff with jitter, unless the response
/// says <c>Retry-After</c>: then exactly that, capped at <see cref="GatewayOptions.MaxDelay"/>.
/// </summary>
internal static class RetryPipelines
{
    public static ResiliencePipeline Build(
        GatewayOptions options,
        TimeProvider timeProvider,
        AttemptTracker attempts,
        Action<RetryNotice> onRetry,
        TimeSpan attemptTimeout,
        string? apiKey)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (options.MaxRetries == 0 || options.RetryBudget == TimeSpan.Zero)
        {
            return builder.Build();
        }

        return builder.AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetries ?? int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.BaseDelay,
            MaxDelay = options.MaxDelay,
            ShouldHandle = args => ValueTask.FromResult(
                !args.Context.CancellationToken.IsCancellationRequested
                && args.Outcome.Exception is { } exception
                && ShouldRetry(FailureClassifier.Classify(exception, attemptTimeout, apiKey), attempts, options)
                && timeProvider.GetElapsedTime(attempts.FirstStartedAt) < options.RetryBudget),
            DelayGenerator = args => ValueTask.FromResult(
                RetryAfter.From(args.Outcome.Exception, timeProvider.GetUtcNow()) is { } wait
                    ? (TimeSpan?)(wait < options.MaxDelay ? wait : options.MaxDelay)
                    : null),
            OnRetry = args =>
            {
                if (args.Outcome.Exception is { } exception)
                {
                    onRetry(new RetryNotice(attempts.Count, FailureClassifier.Classify(exception, attemptTimeout, apiKey), args.RetryDelay));
                }

                return ValueTask.CompletedTask;
            },
        }).Build();
    }

    private static bool ShouldRetry(CallFailure failure, AttemptTracker attempts, GatewayOptions options)
    {
        if (failure.IsTransient)
        {
            return true;
        }

        if (!failure.IsContentFault)
        {
            return false;
        }

        attempts.ContentFaults++;
        return attempts.ContentFaults <= options.MaxContentRetries;
    }
}
