using System.Text.Json.Serialization;

namespace FusionStudio.FakeOpenAi.Wire;

/// <summary>One server-sent <c>chat.completion.chunk</c>; the usage chunk has no choices, the others no usage.</summary>
public sealed record ChatCompletionChunk(
    string Id,
    string Object,
    long Created,
    string Model,
    IReadOnlyList<ChunkChoice> Choices,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] WireUsage? Usage);
