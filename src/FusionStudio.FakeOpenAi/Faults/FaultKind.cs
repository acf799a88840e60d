using System.Text.Json.Serialization;

namespace FusionStudio.FakeOpenAi.Faults;

/// <summary>How the fake server misbehaves on purpose.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FaultKind>))]
public enum FaultKind
{
    /// <summary>429 with <c>Retry-After</c> and OpenAI's rate-limit error body.</summary>
    [JsonStringEnumMemberName("rate-limit")]
    RateLimit = 0,

    /// <summary>500 with OpenAI's server-error body.</summary>
    [JsonStringEnumMemberName("server-error")]
    ServerError = 1,

    /// <summary>Holds the request until the client gives up (or the hold ends, then 504).</summary>
    [JsonStringEnumMemberName("timeout")]
    Timeout = 2,

    /// <summary>200 with a body that is not valid JSON.</summary>
    [JsonStringEnumMemberName("malformed")]
    Malformed = 3,

    /// <summary>200 with empty content.</summary>
    [JsonStringEnumMemberName("empty")]
    Empty = 4,

    /// <summary>Judge requests only: 200 with prose instead of the verdict JSON.</summary>
    [JsonStringEnumMemberName("judge-garbage")]
    JudgeGarbage = 5,
}
