using System.Security.Claims;
using System.Text.Json;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Imports.Logs;
using FusionStudio.Engine.Routing;
using FusionStudio.Web.LogImports;
using FusionStudio.Web.Routers;
using FusionStudio.Web.Runs;
using FusionStudio.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace FusionStudio.Web.Api.Routers;

/// <summary>Log sets and routers over the API, so a pipeline can import tonight's logs and retrain.</summary>
internal static class RoutingEndpoints
{
    public static RouteGroupBuilder MapRoutingEndpoints(this RouteGroupBuilder api)
    {
        var logs = api.MapGroup("/logs").WithTags(ApiTags.Routing);
        logs.MapGet("/", ListLogSetsAsync)
            .WithName("ListLogSets")
            .WithSummary("List log sets")
            .WithDescription("Every run as a log that routers can learn from, newest first: imported logs and generated runs, with their models.");
        logs.MapPost("/", ImportLogAsync)
            .WithName("ImportLogSet")
            .WithSummary("Import a log file")
            .WithDescription("Imports a JSON Lines or CSV log of several models answering the same queries (multipart/form-data), flat (one record per answer) or nested "
                + "(one line per query with a model_performance map). Prices per million tokens cost the records that give tokens but no cost. Any bad record gives "
                + "a 400 with errors keyed by line and field, and nothing is stored. Editors only.")
            .RequireAuthorization(AuthorizationPolicies.Editor)
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        var routers = api.MapGroup("/routers").WithTags(ApiTags.Routing);
        routers.MapGet("/", ListRoutersAsync)
            .WithName("ListRouters")
            .WithSummary("List routers")
            .WithDescription("Every stored router version with its cross-validated performance and cost in its own scenario.");
        routers.MapGet("/{id:int}", GetRouterAsync)
            .WithName("GetRouter")
            .WithSummary("Get a router and its evaluation")
            .WithDescription("The router's settings and its evaluation: a table per scenario (router, every single model, random, oracle; per task too) and the quality–cost curve.");
        routers.MapPost("/", TrainAsync)
            .WithName("TrainRouter")
            .WithSummary("Train a router")
            .WithDescription("Trains a router on log sets (sources, candidates, signal, scenario α/β, algorithm TaskBest, Knn or FastTree, embedding model), cross-validates it "
                + "k-fold grouped by query and stores it as the next version of its name. Editors only.")
            .RequireAuthorization(AuthorizationPolicies.Editor)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        routers.MapPost("/{id:int}/evaluations", TestAsync)
            .WithName("TestRouter")
            .WithSummary("Test a stored router on other log sets")
            .WithDescription("Train on these, test on those: the stored router routes the queries of the given log sets; the evaluation is returned, not stored.");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<LogSetSummary>>> ListLogSetsAsync(LogSetQuery query, CancellationToken cancellationToken) =>
        TypedResults.Ok(await query.ListAsync(cancellationToken));

    private static async Task<Results<Created<LogSetSummary>, ValidationProblem>> ImportLogAsync(
        [FromForm] LogUploadForm form, ClaimsPrincipal user, LogImporter importer, LogSetQuery query, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (form.File is null || form.File.Length == 0)
        {
            errors["file"] = ["Attach a .jsonl or .csv log as the form field \"file\"."];
        }

        var prices = LogModelPrices.None;
        if (!string.IsNullOrWhiteSpace(form.Prices))
        {
            try
            {
                prices = new LogModelPrices(JsonSerializer.Deserialize<Dictionary<string, decimal>>(form.Prices) ?? []);
            }
            catch (JsonException)
            {
                errors["prices"] = ["Give prices as a JSON object of model name to price per million tokens, e.g. {\"model-a\": 0.2}."];
            }
        }

        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors, "Nothing was stored.");
        }

        // A log set is a run that generates nothing; the random pick is the one method that needs no judge or fusor.
        var plan = new RunPlan { Name = form.Name, Methods = [AggregationMethod.Random], Pairs = [] };
        await using var stream = form.File!.OpenReadStream();
        var result = await importer.ImportAsync(stream, form.File.FileName, plan, user, prices, cancellationToken);
        if (result.RunId is not { } runId)
        {
            foreach (var error in result.FileErrors)
            {
                errors[error.Line == 0 ? error.Field ?? "file" : $"line {error.Line}" + (error.Field is null ? "" : $": {error.Field}")] = [error.Message];
            }

            foreach (var (field, message) in result.PlanErrors)
            {
                errors[field.Length == 0 ? "file" : field] = [message];
            }

            return ApiProblems.Invalid(errors, "The log has errors; nothing was stored.");
        }

        var created = (await query.ListAsync(cancellationToken)).Single(s => s.RunId == runId);
        return TypedResults.Created($"{ApiSetup.BasePath}/logs", created);
    }

    private static async Task<Ok<IReadOnlyList<RouterSummary>>> ListRoutersAsync(RouterService routers, CancellationToken cancellationToken) =>
        TypedResults.Ok(await routers.ListAsync(cancellationToken));

    private static async Task<Results<Ok<RouterResponse>, ProblemHttpResult>> GetRouterAsync(int id, RouterService routers, CancellationToken cancellationToken) =>
        await routers.GetAsync(id, cancellationToken) is var (router, evaluation)
            ? TypedResults.Ok(new RouterResponse(RouterSummary.From(router), router.EmbeddingModel, router.Folds, router.Seed, evaluation))
            : ApiProblems.NotFound($"router {id}");

    private static async Task<Results<Created<RouterResponse>, ValidationProblem>> TrainAsync(
        RouterTrainingRequest request, ClaimsPrincipal user, RouterService routers, CancellationToken cancellationToken)
    {
        var result = await routers.TrainAsync(request, user, cancellationToken);
        if (result.RouterId is not { } id)
        {
            return ApiProblems.Invalid(Fields(result), "Nothing was trained.");
        }

        var (router, evaluation) = (await routers.GetAsync(id, cancellationToken))!.Value;
        return TypedResults.Created($"{ApiSetup.BasePath}/routers/{id}", new RouterResponse(RouterSummary.From(router), router.EmbeddingModel, router.Folds, router.Seed, evaluation));
    }

    private static async Task<Results<Ok<RoutingEvaluation>, ValidationProblem, ProblemHttpResult>> TestAsync(
        int id, TestRouterRequest request, RouterService routers, CancellationToken cancellationToken)
    {
        if (await routers.GetAsync(id, cancellationToken) is null)
        {
            return ApiProblems.NotFound($"router {id}");
        }

        var (evaluation, problem) = await routers.EvaluateAsync(id, request.RunIds ?? [], cancellationToken);
        return evaluation is not null ? TypedResults.Ok(evaluation) : ApiProblems.Invalid(Fields(problem!), "Nothing was tested.");
    }

    /// <summary>The service's errors under the camelCase names the JSON body uses.</summary>
    private static Dictionary<string, string[]> Fields(RouterTrainingResult result) =>
        result.Errors.ToDictionary(e => e.Key.Length == 0 ? "request" : JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value });
}
