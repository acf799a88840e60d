namespace FusionStudio.Domain.Calls;

/// <summary>Why a model call failed, in groups that decide whether it is retried.</summary>
public enum FailureKind
{
    /// <summary>HTTP 429, still refused after every retry.</summary>
    RateLimited = 0,

    /// <summary>HTTP 5xx, still failing after every retry.</summary>
    ServerError = 1,

    /// <summary>An attempt took longer than the per-attempt timeout, on every attempt.</summary>
    Timeout = 2,

    /// <summary>The model answered with no text.</summary>
    EmptyAnswer = 3,

    /// <summary>The response could not be read (not the OpenAI chat completion shape).</summary>
    MalformedResponse = 4,

    /// <summary>HTTP 401 or 403: the key is wrong or lacks access. Not retried.</summary>
    Unauthorized = 5,

    /// <summary>HTTP 400, 404, 422 and the like: the request itself is wrong (unknown model, bad settings). Not retried.</summary>
    BadRequest = 6,

    /// <summary>The call was cancelled by something other than the caller.</summary>
    Cancelled = 7,

    /// <summary>The provider could not be reached: connection refused or reset, DNS, TLS.</summary>
    Network = 8,

    Other = 9,

    /// <summary>The model answered, but not in the form the step asked for (e.g. a judge answer with no readable score).</summary>
    UnreadableAnswer = 10,
}
