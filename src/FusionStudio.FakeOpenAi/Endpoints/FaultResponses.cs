using System.Globalization;
using FusionStudio.FakeOpenAi.Faults;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.FakeOpenAi.Wire;

namespace FusionStudio.FakeOpenAi.Endpoints;

/// <summary>The bodies of the fake server's errors and faults, shaped like OpenAI's.</summary>
internal static class FaultResponses
{
    // Cut off mid-object: no JSON parser accepts it, so a client cannot mistake it for an answer.
    private const string MalformedJson = """{"id": "chatcmpl-malformed", "object": "chat.completion", "choices": [{"index": 0, "message": {"role": "assist""";

    public static int StatusFor(FaultRule? fault) => fault?.Kind switch
    {
        FaultKind.RateLimit => StatusCodes.Status429TooManyRequests,
        FaultKind.ServerError => StatusCodes.Status500InternalServerError,
        FaultKind.Timeout => StatusCodes.Status504GatewayTimeout,
        _ => StatusCodes.Status200OK,
    };

    /// <summary>Writes the error of a 429, 500 or elapsed-timeout fault.</summary>
    public static Task WriteFaultErrorAsync(HttpContext context, FaultRule fault, CancellationToken cancellationToken)
    {
        switch (fault.Kind)
        {
            case FaultKind.RateLimit:
                context.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                return WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, "requests", "rate_limit_exceeded",
                    "Rate limit reached for requests (simulated by the fake server). Please try again later.", cancellationToken);
            case FaultKind.ServerError:
                return WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "server_error", null,
                    "The server had an error while processing your request (simulated by the fake server).", cancellationToken);
            default:
                return WriteErrorAsync(context, StatusCodes.Status504GatewayTimeout, "timeout", null,
                    "The fake server held this request for its whole timeout hold.", cancellationToken);
        }
    }

    public static Task WriteErrorAsync(
        HttpContext context, int status, string type, string? code, string message, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = status;
        var body = new OpenAiErrorEnvelope(new OpenAiError(message, type, null, code));
        return context.Response.WriteAsJsonAsync(body, FakeOpenAiJson.Context.OpenAiErrorEnvelope, contentType: null, cancellationToken);
    }

    public static async Task WriteMalformedAsync(HttpContext context, bool stream, CancellationToken cancellationToken)
    {
        if (stream)
        {
            ChatCompletionWriter.StartEventStream(context.Response);
            await ChatCompletionWriter.WriteEventAsync(context.Response, MalformedJson, cancellationToken);
            await ChatCompletionWriter.WriteEventAsync(context.Response, "[DONE]", cancellationToken);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(MalformedJson, cancellationToken);
    }

    /// <summary>A judge that forgot the output format: an opinion in prose, with no JSON and no number to salvage.</summary>
    public static string JudgeGarbage(FakeRequestKind kind) => kind == FakeRequestKind.PairwiseJudge
        ? "Both responses have their merits; the first feels a little more natural to me, but it is a close call."
        : "Honestly, this response reads well and covers the question, so I would rate it fairly high.";
}
