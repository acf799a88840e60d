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
        if (provider.Kind == ProviderKind.ImportedLog)
        {
            return Failed(request, new CallFailure(FailureKind.BadRequest, null, "the provider stands for imported logs and cannot be called; choose a teacher of a real provider"), attempts, startedAt);
        }

        if (provider.Kind == ProviderKind.OpenAiCompatible && chatServices.Refusal(provider.BaseUrl) is { } refusal)
        {
            return Failed(request, new CallFailure(FailureKind.BadRequest, null, refusal), attempts, startedAt);
        }

        if (!chatServices.Serves(provider.Kind))
        {
            return Failed(request, new CallFailure(FailureKind.BadRequest, null, $"no chat service is registered for {provider.Kind} providers in this host"), attempts, startedAt);
        }

        try
        {
            var chat = chatServices.For(provider, request.Model);
            var history = History(request.Messages);
            var settings = new OpenAIPromptExecutionSettings
            {
                Temperature = request.Sampling.Temperature,
                TopP = request.Sampling.TopP,
                MaxTokens = request.Sampling.MaxTokens,
                Seed = request.Seed,
            };
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
