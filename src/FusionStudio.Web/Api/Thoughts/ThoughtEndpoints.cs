using System.Security.Claims;
using System.Text.Json;
using FusionStudio.Web.Security;
using FusionStudio.Web.Thoughts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FusionStudio.Web.Api.Thoughts;

/// <summary>Thought template sets over the API: build one from runs or logs, list them, read a set's templates.</summary>
internal static class ThoughtEndpoints
{
    public static RouteGroupBuilder MapThoughtEndpoints(this RouteGroupBuilder api)
    {
        var sets = api.MapGroup("/thought-template-sets").WithTags(ApiTags.Thoughts);
        sets.MapGet("/", ListAsync)
            .WithName("ListThoughtTemplateSets")
            .WithSummary("List thought template sets")
            .WithDescription("Every set, newest first, with its build status, templates written and the calls and cost of its summarizer (from the call log).");
        sets.MapGet("/{id:int}", GetAsync)
            .WithName("GetThoughtTemplateSet")
            .WithSummary("Get a thought template set");
        sets.MapGet("/{id:int}/templates", TemplatesAsync)
            .WithName("ListThoughtTemplates")
            .WithSummary("List a set's templates")
            .WithDescription("A page of templates (skip, take up to 200): the past query, the answers it was written from and the template.");
        sets.MapPost("/", CreateAsync)
            .WithName("BuildThoughtTemplateSet")
            .WithSummary("Build a thought template set")
            .WithDescription("Starts a background build: for each past query of the source runs or logs, its top 5 answers by score (then lower cost), re-ranked "
                + "to 3 by the judge, go to the summarizer teacher through a thought summarizer template (default: the built-in one), which writes a 1-5 "
                + "sentence template. Poll the set until its status is Ready. Editors only.")
            .RequireAuthorization(AuthorizationPolicies.Editor)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<ThoughtTemplateSetSummary>>> ListAsync(ThoughtTemplateSetQuery sets, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sets.ListAsync(cancellationToken));

    private static async Task<Results<Ok<ThoughtTemplateSetSummary>, ProblemHttpResult>> GetAsync(int id, ThoughtTemplateSetQuery sets, CancellationToken cancellationToken) =>
        await sets.GetAsync(id, cancellationToken) is { } set ? TypedResults.Ok(set) : ApiProblems.NotFound($"thought template set {id}");

    private static async Task<Results<Ok<IReadOnlyList<ThoughtTemplateView>>, ProblemHttpResult>> TemplatesAsync(
        int id, ThoughtTemplateSetQuery sets, CancellationToken cancellationToken, int skip = 0, int take = 50) =>
        await sets.GetAsync(id, cancellationToken) is null
            ? ApiProblems.NotFound($"thought template set {id}")
            : TypedResults.Ok(await sets.TemplatesAsync(id, skip, take, cancellationToken));

    private static async Task<Results<Created<ThoughtTemplateSetSummary>, ValidationProblem>> CreateAsync(
        ThoughtTemplateSetRequest request, ClaimsPrincipal user, ThoughtTemplateService builds, ThoughtTemplateSetQuery sets, CancellationToken cancellationToken)
    {
        var result = await builds.CreateAsync(request, user, cancellationToken);
        if (result.SetId is not { } id)
        {
            return ApiProblems.Invalid(
                result.Errors.ToDictionary(e => e.Key.Length == 0 ? "request" : JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => new[] { e.Value }), "Nothing was built.");
        }

        return TypedResults.Created($"{ApiSetup.BasePath}/thought-template-sets/{id}", await sets.GetAsync(id, cancellationToken));
    }
}
