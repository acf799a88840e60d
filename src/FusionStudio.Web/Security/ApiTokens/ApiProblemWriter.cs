using Microsoft.AspNetCore.Mvc;

namespace FusionStudio.Web.Security.ApiTokens;

/// <summary>Writes an RFC 7807 body directly, whatever the caller's Accept header says: API errors never become pages.</summary>
public static class ApiProblemWriter
{
    public const string ContentType = "application/problem+json";

    public static Task WriteAsync(HttpContext context, int status, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = detail,
            Type = $"https://tools.ietf.org/html/rfc9110#section-15.5.{(status == StatusCodes.Status401Unauthorized ? 2 : 4)}",
            Instance = context.Request.Path,
        };
        return context.Response.WriteAsJsonAsync(problem, options: null, contentType: ContentType, cancellationToken: context.RequestAborted);
    }
}
