using System.ClientModel;
using System.Globalization;

namespace FusionStudio.Engine.Gateway;

/// <summary>How long a provider asked us to wait: <c>retry-after-ms</c> (OpenAI, Azure) or <c>Retry-After</c> (seconds or an HTTP date).</summary>
public static class RetryAfter
{
    public const string MillisecondsHeader = "retry-after-ms";
    public const string Header = "Retry-After";

    /// <summary>The wait a failed attempt's response asks for, or null when it asks for none.</summary>
    public static TimeSpan? From(Exception? exception, DateTimeOffset now)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is ClientResultException { } clientError && clientError.GetRawResponse() is { } response)
            {
                response.Headers.TryGetValue(MillisecondsHeader, out var milliseconds);
                response.Headers.TryGetValue(Header, out var retryAfter);
                return Parse(milliseconds, retryAfter, now);
            }
        }

        return null;
    }

    /// <summary>
    /// Reads the two headers' values; <c>retry-after-ms</c> wins as the more precise. A date in the past means no
    /// wait. Null when neither parses.
    /// </summary>
    public static TimeSpan? Parse(string? milliseconds, string? retryAfter, DateTimeOffset now)
    {
        if (double.TryParse(milliseconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0 && double.IsFinite(ms))
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        if (string.IsNullOrWhiteSpace(retryAfter))
        {
            return null;
        }

        if (double.TryParse(retryAfter, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && double.IsFinite(seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (DateTimeOffset.TryParseExact(retryAfter.Trim(), "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            || DateTimeOffset.TryParse(retryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out date))
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }
}
