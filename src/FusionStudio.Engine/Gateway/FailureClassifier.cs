using System.ClientModel;
using System.Globalization;
using System.Net;
using System.Text.Json;
using FusionStudio.Engine.Gateway.Outbound;
using Microsoft.SemanticKernel;
using Polly.Timeout;

namespace FusionStudio.Engine.Gateway;

/// <summary>
/// Sorts an attempt's exception into a <see cref="FailureKind"/>. Descriptions are written here, never copied from
/// exception messages (which can carry URLs or a masked key), except a 4xx error's own message, with the key removed.
/// </summary>
internal static class FailureClassifier
{
    private const int MaxProviderMessageLength = 200;

    /// <param name="attemptTimeout">For the description of a timeout.</param>
    /// <param name="apiKey">Removed from any provider text that is kept.</param>
    public static CallFailure Classify(Exception exception, TimeSpan attemptTimeout, string? apiKey)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            EmptyAnswerException => new CallFailure(FailureKind.EmptyAnswer, null, "empty answer"),
            StreamInterruptedException => new CallFailure(FailureKind.Other, null, "the answer's stream broke after it had started"),
            TimeoutRejectedException or OperationCanceledException or TimeoutException => TimedOut(attemptTimeout),
            HttpOperationException { StatusCode: { } status } http => FromStatus((int)status, http.ResponseContent, attemptTimeout, apiKey),
            ClientResultException { Status: > 0 } client => FromStatus(client.Status, null, attemptTimeout, apiKey),
            JsonException => new CallFailure(FailureKind.MalformedResponse, null, "malformed response"),
            _ when Find<JsonException>(exception) is not null => new CallFailure(FailureKind.MalformedResponse, null, "malformed response"),
            _ when Find<ProviderAddressDeniedException>(exception) is { } denied => new CallFailure(FailureKind.BadRequest, null, denied.Message),
            _ when Find<HttpRequestException>(exception) is { } network => new CallFailure(
                FailureKind.Network, null, $"network error ({network.HttpRequestError})"),
            _ when Find<TimeoutException>(exception) is not null => TimedOut(attemptTimeout),
            _ => new CallFailure(FailureKind.Other, null, $"unexpected error ({exception.GetType().Name})"),
        };
    }

    public static string Describe(TimeSpan duration) => duration >= TimeSpan.FromSeconds(1)
        ? string.Create(CultureInfo.InvariantCulture, $"{duration.TotalSeconds:0.#} s")
        : string.Create(CultureInfo.InvariantCulture, $"{duration.TotalMilliseconds:0} ms");

    private static CallFailure TimedOut(TimeSpan attemptTimeout) =>
        new(FailureKind.Timeout, null, $"timed out after {Describe(attemptTimeout)}");

    private static CallFailure FromStatus(int status, string? body, TimeSpan attemptTimeout, string? apiKey) => status switch
    {
        (int)HttpStatusCode.TooManyRequests => new(FailureKind.RateLimited, status, "HTTP 429 rate limited"),
        (int)HttpStatusCode.Unauthorized => new(FailureKind.Unauthorized, status, "HTTP 401 unauthorized: check the provider's API key"),
        (int)HttpStatusCode.Forbidden => new(FailureKind.Unauthorized, status, "HTTP 403 forbidden: the key has no access to this model"),
        (int)HttpStatusCode.RequestTimeout => new(FailureKind.Timeout, status, $"HTTP 408 request timeout after at most {Describe(attemptTimeout)}"),
        >= 500 => new(FailureKind.ServerError, status, string.Create(CultureInfo.InvariantCulture, $"HTTP {status} server error")),
        >= 400 => new(FailureKind.BadRequest, status, BadRequest(status, body, apiKey)),
        _ => new(FailureKind.Other, status, string.Create(CultureInfo.InvariantCulture, $"HTTP {status} unexpected status")),
    };

    /// <summary>"HTTP 404 bad request: The model `x` does not exist": the provider's own words say what to fix.</summary>
    private static string BadRequest(int status, string? body, string? apiKey)
    {
        var description = string.Create(CultureInfo.InvariantCulture, $"HTTP {status} bad request");
        var message = ErrorMessage(body);
        if (string.IsNullOrWhiteSpace(message))
        {
            return description;
        }

        if (!string.IsNullOrEmpty(apiKey))
        {
            message = message.Replace(apiKey, "***", StringComparison.Ordinal);
        }

        message = message.Length > MaxProviderMessageLength ? message[..MaxProviderMessageLength] + "…" : message;
        return $"{description}: {message}";
    }

    /// <summary>OpenAI's error shape: <c>{"error": {"message": "…"}}</c>.</summary>
    private static string? ErrorMessage(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("message", out var message)
                && message.ValueKind == JsonValueKind.String
                ? message.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static T? Find<T>(Exception exception)
        where T : Exception
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is T match)
            {
                return match;
            }
        }

        return null;
    }
}
