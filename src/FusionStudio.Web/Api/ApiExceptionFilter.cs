namespace FusionStudio.Web.Api;

/// <summary>
/// Turns an unexpected error in an API endpoint into a 500 problem without internals; the details go to the log
/// only. Without this, API callers would get the error page meant for people.
/// </summary>
internal sealed class ApiExceptionFilter(ILogger<ApiExceptionFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (Exception error) when (!context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(error, "API request {Method} {Path} failed", context.HttpContext.Request.Method, context.HttpContext.Request.Path);
            return TypedResults.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Server error",
                detail: "Something went wrong on the server. Nothing was half-stored; try again, and tell an admin if it keeps happening.");
        }
    }
}
