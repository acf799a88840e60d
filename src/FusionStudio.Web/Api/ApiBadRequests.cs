using System.Text.Json;
using FusionStudio.Web.Security.ApiTokens;

namespace FusionStudio.Web.Api;

/// <summary>
/// Requests the API cannot read get problem details that say what was wrong, in every environment: a JSON body that
/// does not bind names the field (400), a body over the size limit says the limit (413), and a status the framework
/// sets without a body (415 for a body that is not JSON, 404 for an unknown path) gets one.
/// </summary>
internal static class ApiBadRequests
{
    public static IApplicationBuilder UseApiBadRequests(this IApplicationBuilder app, long maxRequestBytes)
    {
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (http.Response.StatusCode == StatusCodes.Status404NotFound)
            {
                await ApiProblems.NotFound("such API endpoint; see /openapi/v1.json").ExecuteAsync(http);
                return;
            }

            if (http.Response.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                await TooLarge(maxRequestBytes).ExecuteAsync(http);
                return;
            }

            var detail = http.Response.StatusCode == StatusCodes.Status415UnsupportedMediaType
                ? "Send the body as JSON (Content-Type: application/json), or as multipart/form-data where the endpoint takes a file."
                : null;
            await Results.Problem(statusCode: http.Response.StatusCode, detail: detail).ExecuteAsync(http);
        });
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException error) when (!context.Response.HasStarted)
            {
                await ProblemFor(error, maxRequestBytes).ExecuteAsync(context);
            }
        });
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments(ApiPaths.Api);

    private static IResult ProblemFor(BadHttpRequestException error, long maxRequestBytes)
    {
        if (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(maxRequestBytes);
        }

        if (Find<JsonException>(error) is { } json)
        {
            var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { [field] = [FirstSentence(json.Message)] },
                title: "The request body could not be read",
                detail: $"The JSON value at '{field}' does not fit the field.");
        }

        return Results.Problem(statusCode: error.StatusCode, title: "Bad request", detail: error.Message);
    }

    private static IResult TooLarge(long maxRequestBytes) =>
        Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request too large",
            detail: $"The request is larger than the limit of {maxRequestBytes:N0} bytes (the larger of Datasets:MaxFileBytes and LogImports:MaxFileBytes, plus 1 MB for the form around the file).");

    // System.Text.Json appends "Path: … | LineNumber: … | BytePositionInLine: …", which the field name already says.
    private static string FirstSentence(string message) =>
        message.Split(" Path: ", 2)[0];

    private static T? Find<T>(Exception error)
        where T : Exception
    {
        for (Exception? inner = error; inner is not null; inner = inner.InnerException)
        {
            if (inner is T match)
            {
                return match;
            }
        }

        return null;
    }
}
