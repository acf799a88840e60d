using Microsoft.Extensions.Logging;

namespace FusionStudio.Engine.Gateway;

/// <summary>The gateway's log lines: ids, model, purpose and kinds only; never a key, never prompt or answer text.</summary>
internal static partial class GatewayLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Model call failed: provider {ProviderId}, model {Model}, purpose {Purpose}, {FailureKind} (HTTP {StatusCode}) after {Attempts} attempts")]
    public static partial void CallFailed(
        ILogger logger, int providerId, string model, ModelCallPurpose purpose, FailureKind failureKind, int? statusCode, int attempts);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug,
        Message = "Retrying model call: provider {ProviderId}, model {Model}, purpose {Purpose}, {FailureKind} on attempt {Attempt}, waiting {DelayMs} ms")]
    public static partial void Retrying(
        ILogger logger, int providerId, string model, ModelCallPurpose purpose, FailureKind failureKind, int attempt, long delayMs);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning,
        Message = "Response cache {Operation} failed for provider {ProviderId}, model {Model}; the call goes on without the cache")]
    public static partial void CacheFailed(ILogger logger, Exception exception, string operation, int providerId, string model);
}
