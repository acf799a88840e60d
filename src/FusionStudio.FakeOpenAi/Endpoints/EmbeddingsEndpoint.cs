using System.Runtime.InteropServices;
using System.Text.Json;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Simulation;

namespace FusionStudio.FakeOpenAi.Endpoints;

/// <summary>
/// <c>POST /v1/embeddings</c>: one <see cref="FakeEmbedding"/> per input, as floats or (as the OpenAI client asks by
/// default) base64 of little-endian floats; usage counts one token per word. The request is recorded before the answer.
/// </summary>
internal static class EmbeddingsEndpoint
{
    public static async Task HandleAsync(HttpContext context, FakeServerState state)
    {
        var record = new FakeRequestRecord
        {
            Sequence = state.NextSequence(),
            ReceivedAt = state.Time.GetUtcNow(),
            Kind = FakeRequestKind.Embeddings,
            StatusCode = StatusCodes.Status400BadRequest,
            HasBearerToken = BearerToken.From(context.Request) is not null,
        };

        if (state.Options.RequiredApiKey is { } requiredKey && BearerToken.From(context.Request) != requiredKey)
        {
            state.Log.Add(record with { StatusCode = StatusCodes.Status401Unauthorized });
            await FaultResponses.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, "invalid_request_error", "invalid_api_key",
                "Incorrect API key provided.", context.RequestAborted);
            return;
        }

        string? model = null;
        List<string>? inputs = null;
        var base64 = false;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var root = body.RootElement;
            model = root.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            base64 = root.TryGetProperty("encoding_format", out var f) && f.ValueKind == JsonValueKind.String && f.GetString() == "base64";
            if (root.TryGetProperty("input", out var input))
            {
                inputs = input.ValueKind switch
                {
                    JsonValueKind.String => [input.GetString()!],
                    JsonValueKind.Array when input.EnumerateArray().All(i => i.ValueKind == JsonValueKind.String) =>
                        input.EnumerateArray().Select(i => i.GetString()!).ToList(),
                    _ => null,
                };
            }
        }
        catch (JsonException)
        {
        }

        if (string.IsNullOrEmpty(model) || inputs is not { Count: > 0 })
        {
            state.Log.Add(record with { Model = model });
            await FaultResponses.WriteErrorAsync(context, StatusCodes.Status400BadRequest, "invalid_request_error", null,
                "The body must be JSON with a model and an input (a text or a list of texts).", context.RequestAborted);
            return;
        }

        state.Log.Add(record with
        {
            Model = model,
            BaseModel = model,
            Messages = inputs.Select(i => new SimulationMessage("user", i)).ToList(),
            StatusCode = StatusCodes.Status200OK,
        });

        var tokens = inputs.Sum(i => i.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        context.Response.ContentType = "application/json";
        await using var writer = new Utf8JsonWriter(context.Response.Body);
        writer.WriteStartObject();
        writer.WriteString("object", "list");
        writer.WriteStartArray("data");
        for (var i = 0; i < inputs.Count; i++)
        {
            var vector = FakeEmbedding.For(inputs[i]);
            writer.WriteStartObject();
            writer.WriteString("object", "embedding");
            writer.WriteNumber("index", i);
            if (base64)
            {
                writer.WriteBase64String("embedding", MemoryMarshal.AsBytes(vector.AsSpan()));
            }
            else
            {
                writer.WriteStartArray("embedding");
                foreach (var value in vector)
                {
                    writer.WriteNumberValue(value);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteString("model", model);
        writer.WriteStartObject("usage");
        writer.WriteNumber("prompt_tokens", tokens);
        writer.WriteNumber("total_tokens", tokens);
        writer.WriteEndObject();
        writer.WriteEndObject();
        await writer.FlushAsync(context.RequestAborted);
    }
}
