using System.Text.Json;
using FusionStudio.FakeOpenAi.Wire;
using FusionStudio.Simulation;

namespace FusionStudio.FakeOpenAi.Endpoints;

/// <summary>Writes an answer as OpenAI does: one <c>chat.completion</c> object, or a stream of server-sent chunks.</summary>
internal static class ChatCompletionWriter
{
    private const string ChunkObject = "chat.completion.chunk";

    public static Task WriteAsync(HttpContext context, CompletedAnswer answer, CancellationToken cancellationToken)
    {
        var completion = new ChatCompletionResponse(
            answer.Id,
            "chat.completion",
            answer.Created,
            answer.Model,
            [new ChatChoice(0, new ChatChoiceMessage("assistant", answer.Content), answer.FinishReason)],
            answer.Usage,
            "fp_fake");
        return context.Response.WriteAsJsonAsync(
            completion, FakeOpenAiJson.Context.ChatCompletionResponse, contentType: null, cancellationToken);
    }

    /// <summary>A role chunk, the content in small deltas, a finish chunk, the usage chunk when asked for, then [DONE].</summary>
    public static async Task StreamAsync(HttpContext context, CompletedAnswer answer, bool includeUsage, CancellationToken cancellationToken)
    {
        StartEventStream(context.Response);
        await WriteChunkAsync(context, Chunk(answer, new ChunkDelta("assistant", string.Empty), null), cancellationToken);
        foreach (var piece in StreamChunker.Split(answer.Content))
        {
            await WriteChunkAsync(context, Chunk(answer, new ChunkDelta(null, piece), null), cancellationToken);
        }

        await WriteChunkAsync(context, Chunk(answer, new ChunkDelta(null, null), answer.FinishReason), cancellationToken);
        if (includeUsage)
        {
            var usageChunk = new ChatCompletionChunk(answer.Id, ChunkObject, answer.Created, answer.Model, [], answer.Usage);
            await WriteChunkAsync(context, usageChunk, cancellationToken);
        }

        await WriteEventAsync(context.Response, "[DONE]", cancellationToken);
    }

    public static void StartEventStream(HttpResponse response)
    {
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
    }

    /// <summary>Writes one <c>data:</c> event and flushes it, so the client sees each delta as it comes.</summary>
    public static async Task WriteEventAsync(HttpResponse response, string data, CancellationToken cancellationToken)
    {
        await response.WriteAsync("data: " + data + "\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    private static Task WriteChunkAsync(HttpContext context, ChatCompletionChunk chunk, CancellationToken cancellationToken) =>
        WriteEventAsync(context.Response, JsonSerializer.Serialize(chunk, FakeOpenAiJson.Context.ChatCompletionChunk), cancellationToken);

    private static ChatCompletionChunk Chunk(CompletedAnswer answer, ChunkDelta delta, string? finishReason) =>
        new(answer.Id, ChunkObject, answer.Created, answer.Model, [new ChunkChoice(0, delta, finishReason)], null);
}
