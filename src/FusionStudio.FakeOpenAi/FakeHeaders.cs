namespace FusionStudio.FakeOpenAi;

/// <summary>Request headers that change one request's behaviour; each has a model-name directive twin.</summary>
public static class FakeHeaders
{
    /// <summary>Milliseconds to wait before answering; directive <c>#latency=200</c>.</summary>
    public const string LatencyMs = "X-Fake-Latency-Ms";

    /// <summary>A fault directive such as <c>429:2</c>; directive <c>#fault=429:2</c>.</summary>
    public const string Fault = "X-Fake-Fault";

    /// <summary>Seconds in the rate-limit fault's <c>Retry-After</c>; directive <c>#retry-after=3</c>.</summary>
    public const string RetryAfterSeconds = "X-Fake-Retry-After";
}
