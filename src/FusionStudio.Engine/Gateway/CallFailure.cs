using System.Globalization;

namespace FusionStudio.Engine.Gateway;

/// <summary>What went wrong with one attempt: its kind, the HTTP status if any, and a short description for people.</summary>
internal sealed record CallFailure(FailureKind Kind, int? StatusCode, string Description)
{
    public bool IsTransient => Kind is FailureKind.RateLimited or FailureKind.ServerError or FailureKind.Timeout or FailureKind.Network;

    /// <summary>Content faults are retried too, but only up to <see cref="GatewayOptions.MaxContentRetries"/>.</summary>
    public bool IsContentFault => Kind is FailureKind.EmptyAnswer or FailureKind.MalformedResponse;

    /// <summary>The failure reason of the whole call, e.g. "HTTP 429 rate limited after 5 attempts".</summary>
    public string ReasonAfter(int attempts) => attempts switch
    {
        <= 1 => Description,
        _ when Kind == FailureKind.Timeout => string.Create(CultureInfo.InvariantCulture, $"{Description} ({attempts} attempts)"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Description} after {attempts} attempts"),
    };
}
