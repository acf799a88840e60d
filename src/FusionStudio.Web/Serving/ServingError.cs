using FusionStudio.Web.Serving.Wire;

namespace FusionStudio.Web.Serving;

/// <summary>An error answer: its HTTP status and OpenAI's error body.</summary>
public sealed record ServingError(int Status, OpenAiErrorDetail Detail)
{
    public static ServingError Invalid(string message, string? param) =>
        new(StatusCodes.Status400BadRequest, new OpenAiErrorDetail(message, "invalid_request_error", param, null));

    public Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = Status;
        return context.Response.WriteAsJsonAsync(new OpenAiError(Detail), ServingJson.Options, context.RequestAborted);
    }
}
