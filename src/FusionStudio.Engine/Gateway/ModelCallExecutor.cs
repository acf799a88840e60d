using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Runs;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Polly;

namespace FusionStudio.Engine.Gateway;

/// <summary>
/// One call to the provider, without the cache: each attempt waits for the provider's permits, then runs under the
/// per-attempt timeout; the retry pipeline around it backs off between attempts (or waits what <c>Retry-After</c>
/// asks). Queueing for permits and backoff do not count against the timeout.
/// </summary>
internal sealed class ModelCallExecutor(
    GatewayOptions options, ProviderLimiterRegistry limiters, ChatServiceFactory chatServices, TimeProvider timeProvider, ILogger logger)
{
    public async Task<ModelCallResult> ExecuteAsync(ModelCallRequest request, long startedAt, CancellationToken cancellationToken)
    {
        var provider = request.Provider;
        var attemptTimeout = options.AttemptTimeout is { } configured && configured < provider.Timeout ? configured : provider.Timeout;
        var attempts = new AttemptTracker();
        if (Refusal(provider) is { } refused)
        {
            return Failed(request, refused, attempts, startedAt);
        }

        try
        {
            var chat = chatServices.For(provider, request.Model);
            var history = History(request.Messages);
            var settings = Settings(request);
            var estimatedTokens = UsageReader.EstimatePrompt(request.Messages) + request.Sampling.MaxTokens;
            var timeout = new ResiliencePipelineBuilder { TimeProvider = timeProvider }.AddTimeout(attemptTimeout).Build();
            var retry = RetryPipelines.Build(options, timeProvider, attempts, failure => OnRetry(request, failure), attemptTimeout, provider.ApiKey);

            var answer = await retry.ExecuteAsync(async token =>
            {
                using var lease = await limiters.AcquireAsync(provider, estimatedTokens, token).ConfigureAwait(false);
                attempts.Started(timeProvider.GetTimestamp());
                var contents = await timeout.ExecuteAsync(
                    async inner => await chat.GetChatMessageContentsAsync(history, settings, kernel: null, inner).ConfigureAwait(false),
                    token).ConfigureAwait(false);
                attempts.Answered(timeProvider.GetTimestamp());
                limiters.Report(provider, rateLimited: false);
                var content = contents.Count > 0 ? contents[0] : null;
                return string.IsNullOrWhiteSpace(content?.Content) ? throw new EmptyAnswerException() : content;
            }, cancellationToken).ConfigureAwait(false);

            var (input, output) = UsageReader.Tokens(answer, request.Messages);
            var usage = new ModelCallUsage
            {
                InputTokens = input,
                OutputTokens = output,
                LatencyMs = ModelCallResult.ToMilliseconds(timeProvider.GetElapsedTime(attempts.LastStartedAt, attempts.LastAnsweredAt)),
                Cost = provider.CostOf(input, output),
                FinishReason = UsageReader.FinishReason(answer),
            };
            return ModelCallResult.Success(answer.Content!, usage, attempts.Count, timeProvider.GetElapsedTime(startedAt));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            return Failed(request, FailureClassifier.Classify(exception, attemptTimeout, provider.ApiKey), attempts, startedAt);
        }
    }

    /// <summary>
    /// <see cref="ExecuteAsync"/> for a streamed answer: the same limits, timeout and retries, except that an attempt
    /// that has handed on part of its answer is never repeated.
    /// </summary>
    public async Task<ModelCallResult> StreamAsync(
        ModelCallRequest request, Func<string, CancellationToken, ValueTask> onDelta, long startedAt, CancellationToken cancellationToken)
    {
        var provider = request.Provider;
        var attemptTimeout = options.AttemptTimeout is { } configured && configured < provider.Timeout ? configured : provider.Timeout;
        var attempts = new AttemptTracker();
        if (Refusal(provider) is { } refused)
        {
            return Failed(request, refused, attempts, startedAt);
        }

        try
        {
            var chat = chatServices.For(provider, request.Model);
            var history = History(request.Messages);
            var settings = Settings(request);
            var estimatedTokens = UsageReader.EstimatePrompt(request.Messages) + request.Sampling.MaxTokens;
            var timeout = new ResiliencePipelineBuilder { TimeProvider = timeProvider }.AddTimeout(attemptTimeout).Build();
            var retry = RetryPipelines.Build(options, timeProvider, attempts, failure => OnRetry(request, failure), attemptTimeout, provider.ApiKey);

            var streamed = await retry.ExecuteAsync(async token =>
            {
                using var lease = await limiters.AcquireAsync(provider, estimatedTokens, token).ConfigureAwait(false);
                attempts.Started(timeProvider.GetTimestamp());
                var answer = new StreamedAnswer();
                try
                {
                    await timeout.ExecuteAsync(
                        async inner =>
                        {
                            await foreach (var chunk in chat.GetStreamingChatMessageContentsAsync(history, settings, kernel: null, inner).ConfigureAwait(false))
                            {
                                answer.Read(chunk);
                                if (!string.IsNullOrEmpty(chunk.Content))
                                {
                                    await onDelta(chunk.Content, inner).ConfigureAwait(false);
                                    answer.HandedOn = true;
                                }
                            }
                        },
                        token).ConfigureAwait(false);
                }
                catch (Exception exception) when (answer.HandedOn && !token.IsCancellationRequested)
                {
                    throw new StreamInterruptedException(exception);
                }

                attempts.Answered(timeProvider.GetTimestamp());
                limiters.Report(provider, rateLimited: false);
                return string.IsNullOrWhiteSpace(answer.Text) ? throw new EmptyAnswerException() : answer;
            }, cancellationToken).ConfigureAwait(false);

            var (input, output) = streamed.Usage ?? (UsageReader.EstimatePrompt(request.Messages), Domain.Text.TokenEstimator.Estimate(streamed.Text));
            var usage = new ModelCallUsage
            {
                InputTokens = input,
                OutputTokens = output,
                LatencyMs = ModelCallResult.ToMilliseconds(timeProvider.GetElapsedTime(attempts.LastStartedAt, attempts.LastAnsweredAt)),
                Cost = provider.CostOf(input, output),
                FinishReason = streamed.FinishReason,
            };
            return ModelCallResult.Success(streamed.Text, usage, attempts.Count, timeProvider.GetElapsedTime(startedAt));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            return Failed(request, FailureClassifier.Classify(exception, attemptTimeout, provider.ApiKey), attempts, startedAt);
        }
    }

    private CallFailure? Refusal(ProviderEndpoint provider)
    {
        if (provider.Kind == ProviderKind.ImportedLog)
        {
            return new CallFailure(FailureKind.BadRequest, null, "the provider stands for imported logs and cannot be called; choose a teacher of a real provider");
        }

        if (provider.Kind == ProviderKind.OpenAiCompatible && chatServices.Refusal(provider.BaseUrl) is { } refusal)
        {
            return new CallFailure(FailureKind.BadRequest, null, refusal);
        }

        return chatServices.Serves(provider.Kind)
            ? null
            : new CallFailure(FailureKind.BadRequest, null, $"no chat service is registered for {provider.Kind} providers in this host");
    }

    private static OpenAIPromptExecutionSettings Settings(ModelCallRequest request) => new()
    {
        Temperature = request.Sampling.Temperature,
        TopP = request.Sampling.TopP,
        MaxTokens = request.Sampling.MaxTokens,
        Seed = request.Seed,
    };

    private ModelCallResult Failed(ModelCallRequest request, CallFailure failure, AttemptTracker attempts, long startedAt)
    {
        GatewayLog.CallFailed(logger, request.Provider.ProviderId, request.Model, request.Purpose, failure.Kind, failure.StatusCode, attempts.Count);
        return ModelCallResult.Failure(failure.Kind, failure.ReasonAfter(attempts.Count), attempts.Count, timeProvider.GetElapsedTime(startedAt));
    }

    private void OnRetry(ModelCallRequest request, RetryNotice notice)
    {
        if (notice.Failure.Kind == FailureKind.RateLimited)
        {
            limiters.Report(request.Provider, rateLimited: true);
        }

        GatewayLog.Retrying(
            logger, request.Provider.ProviderId, request.Model, request.Purpose, notice.Failure.Kind, notice.Attempt, (long)notice.Delay.TotalMilliseconds);
    }

    private static ChatHistory History(IReadOnlyList<PromptMessage> messages)
    {
        var history = new ChatHistory();
        foreach (var message in messages)
        {
            var role = message.Role switch
            {
                ChatRole.System => AuthorRole.System,
                ChatRole.Assistant => AuthorRole.Assistant,
                _ => AuthorRole.User,
            };
            history.AddMessage(role, message.Content);
        }

        return history;
    }
}
