using System.Text.Json;
using FusionStudio.FakeOpenAi.Wire;

namespace FusionStudio.FakeOpenAi.Endpoints;

/// <summary>The <c>/_fake</c> routes: read or clear the request log, read or replace the server-wide configuration.</summary>
internal static class ControlEndpoints
{
    public static IResult GetRequests(FakeServerState state) =>
        TypedResults.Json(state.Log.Snapshot(), FakeOpenAiJson.Context.IReadOnlyListFakeRequestRecord);

    public static IResult ClearRequests(FakeServerState state)
    {
        state.Log.Clear();
        return TypedResults.NoContent();
    }

    public static IResult GetConfig(FakeServerState state) =>
        TypedResults.Json(FakeConfigDocument.From(state.Options), FakeOpenAiJson.Context.FakeConfigDocument);

    public static async Task<IResult> SetConfigAsync(HttpContext context, FakeServerState state)
    {
        try
        {
            var document = await JsonSerializer.DeserializeAsync(
                context.Request.Body, FakeOpenAiJson.Context.FakeConfigDocument, context.RequestAborted);
            state.Configure((document ?? new FakeConfigDocument()).ToOptions());
            return GetConfig(state);
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            var error = new OpenAiErrorEnvelope(new OpenAiError(exception.Message, "invalid_request_error", null, null));
            return TypedResults.Json(error, FakeOpenAiJson.Context.OpenAiErrorEnvelope, statusCode: StatusCodes.Status400BadRequest);
        }
    }
}
