using FusionStudio.Engine.Exports;

namespace FusionStudio.Web.Exports;

/// <summary>The download of a run's export: streamed as it is read, so size does not matter.</summary>
internal static class ExportEndpoints
{
    public const string FileRoute = "/runs/{runId:int}/export/file";

    /// <summary>The endpoint's address for a run and query string, for links on pages.</summary>
    public static string FileUrl(int runId, string query) => $"/runs/{runId}/export/file?{query}";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Any signed-in person may export, Viewers included: exporting reads and changes nothing.
        endpoints.MapGet(FileRoute, DownloadAsync).RequireAuthorization();
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(
        int runId, HttpContext context, RunExporter exporter)
    {
        var query = context.Request.Query;
        var parse = ExportRequestParser.Parse(name => query.TryGetValue(name, out var values) ? values.ToString() : null);
        if (parse.Request is not { } request)
        {
            return TypedResults.ValidationProblem(parse.Errors, title: "The export's parameters are not valid.");
        }

        // Ends with the client: a closed download stops the queries too.
        var cancellation = context.RequestAborted;
        if (!await exporter.RunExistsAsync(runId, cancellation))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such run", detail: $"Run {runId} does not exist.");
        }

        return Results.Stream(
            output => exporter.WriteAsync(runId, request, output, cancellation),
            RunExporter.ContentType(request.Format),
            exporter.FileName(runId, request));
    }
}
