using FusionStudio.Engine.Exports;
using FusionStudio.Web.Exports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FusionStudio.Web.Api.Runs;

internal static class RunExportEndpoints
{
    public static RouteGroupBuilder MapRunExportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/runs/{id:int}/export", ExportAsync)
            .WithTags(ApiTags.Runs)
            .WithName("ExportRun")
            .WithSummary("Export a run")
            .WithDescription("Streams a run's data as CSV or JSON Lines. Query: kind (full-log, aggregates, comparisons, reviews, sft, pairs, "
                + "distillation; required), format (jsonl or csv; default jsonl), answer (sft: fusion, bon, human), pair (pairs: fusion-lowest, human), "
                + "k (distillation: answers per prompt, 1-20, default 3), reference (distillation: true adds the reference answer), "
                + "method, language, task, minScore, human. Readable by every role.")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return api;
    }

    private static async Task<Results<ValidationProblem, ProblemHttpResult, PushStreamHttpResult>> ExportAsync(int id, HttpContext context, RunExporter exporter)
    {
        var query = context.Request.Query;
        var parse = ExportRequestParser.Parse(name => query.TryGetValue(name, out var values) ? values.ToString() : null);
        if (parse.Request is not { } request)
        {
            return ApiProblems.Invalid(parse.Errors.ToDictionary(), "The export's parameters are not valid.");
        }

        // Ends with the client: a closed download stops the queries too.
        var cancellation = context.RequestAborted;
        if (!await exporter.RunExistsAsync(id, cancellation))
        {
            return ApiProblems.NotFound($"run {id}");
        }

        return TypedResults.Stream(
            output => exporter.WriteAsync(id, request, output, cancellation),
            RunExporter.ContentType(request.Format),
            exporter.FileName(id, request));
    }
}
