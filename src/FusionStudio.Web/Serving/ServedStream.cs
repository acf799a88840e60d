using System.Text.Json;
using FusionStudio.Web.Serving.Wire;

namespace FusionStudio.Web.Serving;

/// <summary>
/// Writes a streamed answer as OpenAI does: server-sent <c>chat.completion.chunk</c> events — the role, the content
/// as it arrives, the finish reason, the usage when asked for — then <c>[DONE]</c>. Each event is flushed at once.
/// The stream starts with the first piece of the answer, so an error before it is still a plain JSON error.
/// </summary>
internal sealed class ServedStream(HttpResponse response, string id, long created, string model)
{
    private const string ChunkObject = "chat.completion.chunk";

    public bool Started { get; private set; }

    public async ValueTask DeltaAsync(string content, CancellationToken cancellationToken)
    {
        if (!Started)
        {
            Started = true;
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "text/event-stream";
            response.Headers.CacheControl = "no-cache";
            await ChunkAsync(new ChunkDelta("assistant", ""), null, null, null, cancellationToken);
        }

        await ChunkAsync(new ChunkDelta(null, content), null, null, null, cancellationToken);
    }

    public async Task FinishAsync(string finishReason, ChatUsage? usage, ServedDetails? details, CancellationToken cancellationToken)
    {
        if (!Started)
        {
            await DeltaAsync("", cancellationToken);
        }

        await ChunkAsync(new ChunkDelta(null, null), finishReason, null, details, cancellationToken);
        if (usage is not null)
        {
            await WriteAsync(JsonSerializer.Serialize(new ChatCompletionChunk(id, ChunkObject, created, model, [], usage, null), ServingJson.Options), cancellationToken);
        }

        await WriteAsync("[DONE]", cancellationToken);
    }

    /// <summary>An error after the stream started: one error event, as OpenAI sends, then the stream ends.</summary>
    public Task FailAsync(OpenAiErrorDetail error, CancellationToken cancellationToken) =>
        WriteAsync(JsonSerializer.Serialize(new OpenAiError(error), ServingJson.Options), cancellationToken);

    private Task ChunkAsync(ChunkDelta delta, string? finishReason, ChatUsage? usage, ServedDetails? details, CancellationToken cancellationToken) =>
        WriteAsync(JsonSerializer.Serialize(
            new ChatCompletionChunk(id, ChunkObject, created, model, [new ChunkChoice(0, delta, finishReason)], usage, details), ServingJson.Options),
            cancellationToken);

    private async Task WriteAsync(string data, CancellationToken cancellationToken)
    {
        await response.WriteAsync("data: " + data + "\n\n", cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }
}
