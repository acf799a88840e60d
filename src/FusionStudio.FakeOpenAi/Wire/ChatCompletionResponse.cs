namespace FusionStudio.FakeOpenAi.Wire;

/// <summary>The OpenAI <c>chat.completion</c> object.</summary>
public sealed record ChatCompletionResponse(
    string Id,
    string Object,
    long Created,
    string Model,
    IReadOnlyList<ChatChoice> Choices,
    WireUsage Usage,
    string SystemFingerprint);
