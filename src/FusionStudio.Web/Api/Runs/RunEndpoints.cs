using System.Security.Claims;
using System.Text.Json;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Runs;
using FusionStudio.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FusionStudio.Web.Api.Runs;

internal static class RunEndpoints
{
    public static RouteGroupBuilder MapRunEndpoints(this RouteGroupBuilder api)
    {
        var runs = api.MapGroup("/runs").WithTags(ApiTags.Runs);
        runs.MapGet("/", ListAsync)
            .WithName("ListRuns")
            .WithSummary("List runs")
            .WithDescription("Runs, newest first, a page at a time; `status` (e.g. Running, Completed) keeps only runs in that status.");
        runs.MapGet("/{id:int}", GetAsync)
            .WithName("GetRun")
            .WithSummary("Get a run")
            .WithDescription("Status, live progress by stage, calls, tokens, cost, timestamps, methods, pairs and pinned teachers. Cheap enough to poll.");

        var editors = runs.MapGroup("").RequireAuthorization(AuthorizationPolicies.Editor).ProducesProblem(StatusCodes.Status403Forbidden);
        editors.MapPost("/", CreateAsync)
            .WithName("CreateRun")
            .WithSummary("Create a run")
            .WithDescription("Plans a run as the new-run form does, and starts it when `start` is true. Editors only.");
        editors.MapPost("/{id:int}/start", (int id, ClaimsPrincipal user, RunQueries queries, RunCommands commands, CancellationToken ct) =>
                CommandAsync(id, RunCommand.Start, user, queries, commands, ct))
            .WithName("StartRun").WithSummary("Start a run").WithDescription("Starts a queued run. Editors only.");
        editors.MapPost("/{id:int}/pause", (int id, ClaimsPrincipal user, RunQueries queries, RunCommands commands, CancellationToken ct) =>
                CommandAsync(id, RunCommand.Pause, user, queries, commands, ct))
            .WithName("PauseRun").WithSummary("Pause a run").WithDescription("Calls in flight finish; no new ones start. Editors only.");
        editors.MapPost("/{id:int}/resume", (int id, ClaimsPrincipal user, RunQueries queries, RunCommands commands, CancellationToken ct) =>
                CommandAsync(id, RunCommand.Resume, user, queries, commands, ct))
            .WithName("ResumeRun").WithSummary("Resume a paused run").WithDescription("Carries on where the run stopped. Editors only.");
        editors.MapPost("/{id:int}/cancel", (int id, ClaimsPrincipal user, RunQueries queries, RunCommands commands, CancellationToken ct) =>
                CommandAsync(id, RunCommand.Cancel, user, queries, commands, ct))
            .WithName("CancelRun").WithSummary("Cancel a run").WithDescription("Stops the run for good; what is done so far is kept. Editors only.");
        editors.MapPost("/{id:int}/retry-failed", (int id, ClaimsPrincipal user, RunQueries queries, RunCommands commands, CancellationToken ct) =>
                CommandAsync(id, RunCommand.RetryFailed, user, queries, commands, ct))
            .WithName("RetryFailedPrompts").WithSummary("Retry a run's failed prompts")
            .WithDescription("Forgets what failed and advances those prompts again; what succeeded is kept. Editors only.");
        return api;
    }

    private static async Task<Results<Ok<PagedResponse<RunSummaryResponse>>, ValidationProblem>> ListAsync(
        RunQueries queries, string? status, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var request = PageRequest.Of(page, pageSize, errors);
        RunStatus? filter = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (Enum.TryParse<RunStatus>(status, ignoreCase: true, out var parsed) && !int.TryParse(status, out _))
            {
                filter = parsed;
            }
            else
            {
                errors["status"] = [$"Use one of {string.Join(", ", Enum.GetNames<RunStatus>())}."];
            }
        }

        return errors.Count > 0 ? ApiProblems.Invalid(errors) : TypedResults.Ok(await queries.PageAsync(filter, request, cancellationToken));
    }

    private static async Task<Results<Ok<RunDetailResponse>, ProblemHttpResult>> GetAsync(int id, RunQueries queries, CancellationToken cancellationToken) =>
        await queries.GetAsync(id, cancellationToken) is { } run ? TypedResults.Ok(run) : ApiProblems.NotFound($"run {id}");

    private static async Task<Results<Created<RunDetailResponse>, ValidationProblem>> CreateAsync(
        CreateRunRequest request, ClaimsPrincipal user, RunPlanner planner, RunFormOptionsQuery options, RunCommands commands, RunQueries queries,
        CancellationToken cancellationToken)
    {
        var plan = new RunPlan
        {
            Name = request.Name,
            DatasetId = request.DatasetId,
            PoolId = request.PoolId,
            JudgeTeacherId = request.JudgeTeacherId,
            PointwiseTemplateId = request.PointwiseTemplateId,
            PairwiseTemplateId = request.PairwiseTemplateId,
            FusorTeacherId = request.FusorTeacherId,
            FusorTemplateId = request.FusorTemplateId,
            ProposerTemplateId = request.ProposerTemplateId,
            MixtureLayers = request.MixtureLayers ?? MixtureOfAgentsLayers.Default,
            BudgetCap = request.BudgetCap,
            RouterId = request.RouterId,
            RoutedTopK = request.RoutedTopK ?? Run.DefaultRoutedTopK,
            ThoughtTemplateSetId = request.ThoughtTemplateSetId,
            HintsTemplateId = request.HintsTemplateId,
        };
        if (request.Methods is { } methods)
        {
            plan.Methods = [.. methods.Distinct().Order()];
        }

        if (request.Pairs is { } pairs)
        {
            plan.Pairs = [.. pairs.Select(p => p.ToPair()).Distinct()];
        }

        if (request.Seed is { } seed)
        {
            plan.Seed = seed;
        }

        RunPlanDefaults.Apply(plan, await options.LoadAsync(cancellationToken));
        var created = await planner.CreateAsync(plan, user, cancellationToken);
        if (!created.Succeeded)
        {
            var errors = created.Errors.ToDictionary(
                e => e.Key.Length == 0 ? "request" : JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value });
            return ApiProblems.Invalid(errors, "The run was not created.");
        }

        var runId = created.RunId!.Value;
        if (request.Start)
        {
            await commands.ExecuteAsync(runId, RunCommand.Start, user, cancellationToken);
        }

        return TypedResults.Created($"/api/v1/runs/{runId}", await queries.GetAsync(runId, cancellationToken));
    }

    /// <summary>Runs a command on an existing run: 404 when there is none, 409 when the run lifecycle does not allow it.</summary>
    private static async Task<Results<Ok<RunCommandResponse>, ProblemHttpResult>> CommandAsync(
        int id, RunCommand command, ClaimsPrincipal user, RunQueries queries, RunCommands commands, CancellationToken cancellationToken)
    {
        if (await queries.StatusAsync(id, cancellationToken) is not { } status)
        {
            return ApiProblems.NotFound($"run {id}");
        }

        if (!RunLifecycle.Allows(status, command))
        {
            return ApiProblems.Conflict(RunLifecycle.Refusal(command));
        }

        var result = await commands.ExecuteAsync(id, command, user, cancellationToken);
        return result.Done
            ? TypedResults.Ok(new RunCommandResponse(id, (await queries.StatusAsync(id, cancellationToken))!.Value, result.Message))
            : ApiProblems.Conflict(result.Message);
    }
}
