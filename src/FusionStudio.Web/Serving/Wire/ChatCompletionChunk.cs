namespace FusionStudio.Web.Serving.Wire;

/// <summary>One server-sent <c>chat.completion.chunk</c>.</summary>
public sealed record ChatCompletionChunk(
    string Id,
    string Object,
    long Created,
    string Model,
    IReadOnlyList<ChunkChoice> Choices,
    ChatUsage? Usage,
    ServedDetails? Fusionstudio);
