using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Serialization;
using FusionStudio.Data;
using FusionStudio.Engine.Imports;
using FusionStudio.Web.Library;
using FusionStudio.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Api.Datasets;

internal static class DatasetEndpoints
{
    private static readonly JsonSerializerOptions MappingJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static RouteGroupBuilder MapDatasetEndpoints(this RouteGroupBuilder api)
    {
        var datasets = api.MapGroup("/datasets").WithTags(ApiTags.Datasets);
        datasets.MapGet("/", ListAsync)
            .WithName("ListDatasets")
            .WithSummary("List datasets")
            .WithDescription("The library's datasets by name, a page at a time.");
        datasets.MapGet("/{id:int}", GetAsync)
            .WithName("GetDataset")
            .WithSummary("Get a dataset")
            .WithDescription("A dataset with its prompts counted by language and task, and the runs that use it.");
        datasets.MapPost("/", CreateAsync)
            .WithName("CreateDataset")
            .WithSummary("Create a dataset from a file")
            .WithDescription("Imports a CSV, TSV, JSONL or JSON-array file (multipart/form-data); format and mapping are detected unless given. The whole file is checked first: any bad line "
                + "gives a 400 with errors keyed by line and field, and nothing is stored. Editors only.")
            .RequireAuthorization(AuthorizationPolicies.Editor)
            .DisableAntiforgery()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<Results<Ok<PagedResponse<DatasetResponse>>, ValidationProblem>> ListAsync(
        IDbContextFactory<FusionDbContext> contexts, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var request = PageRequest.Of(page, pageSize, errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var total = await db.Datasets.CountAsync(cancellationToken);
        var items = await db.Datasets.AsNoTracking()
            .OrderBy(d => d.Name).ThenBy(d => d.Id)
            .Skip(request.Skip).Take(request.PageSize)
            .Select(d => new DatasetResponse(d.Id, d.Name, d.Description, d.PromptCount, d.CreatedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResponse<DatasetResponse>(items, request.Page, request.PageSize, total));
    }

    private static async Task<Results<Ok<DatasetDetailResponse>, ProblemHttpResult>> GetAsync(int id, DatasetStore store, CancellationToken cancellationToken)
    {
        var summary = await store.GetSummaryAsync(id, cancellationToken);
        return summary is null
            ? ApiProblems.NotFound($"dataset {id}")
            : TypedResults.Ok(new DatasetDetailResponse(
                summary.Id, summary.Name, summary.Description, summary.PromptCount, summary.CreatedAt, summary.CreatedBy,
                summary.Languages.Select(l => new DatasetCount(l.Language, l.Count)).ToList(),
                summary.Tasks.Select(t => new DatasetCount(t.Task, t.Count)).ToList(),
                summary.Runs));
    }

    private static async Task<Results<Created<DatasetDetailResponse>, ValidationProblem>> CreateAsync(
        [FromForm] DatasetUploadForm form, ClaimsPrincipal user, DatasetImporter importer, DatasetStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(form.Name))
        {
            errors["name"] = ["Enter a name."];
        }

        if (form.File is null || form.File.Length == 0)
        {
            errors[DatasetImportProblems.FileField] = ["Attach a CSV, TSV, JSONL or JSON file as the form field \"file\"."];
        }

        ImportFormat? format = null;
        if (!string.IsNullOrWhiteSpace(form.Format))
        {
            if (Enum.TryParse<ImportFormat>(form.Format, ignoreCase: true, out var parsed) && !int.TryParse(form.Format, out _))
            {
                format = parsed;
            }
            else
            {
                errors["format"] = [$"Use one of {string.Join(", ", Enum.GetNames<ImportFormat>())}, or leave it out to detect it."];
            }
        }

        var mapping = ReadMapping(form.Mapping, errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors, "Nothing was stored.");
        }

        var request = new DatasetImportRequest(form.Name!.Trim(), form.File!.FileName)
        {
            Description = form.Description,
            Format = format,
            Mapping = mapping,
            DefaultLanguage = string.IsNullOrWhiteSpace(form.DefaultLanguage) ? "en" : form.DefaultLanguage,
            DefaultTask = string.IsNullOrWhiteSpace(form.DefaultTask) ? "general" : form.DefaultTask,
        };

        // The endpoint's Editor policy has already let the caller in, as the importer expects.
        await using var stream = form.File.OpenReadStream();
        var outcome = await importer.ImportAsync(stream, request, user.Identity?.Name ?? "", cancellationToken);
        if (outcome.DatasetId is not { } id)
        {
            return ApiProblems.Invalid(DatasetImportProblems.ToFieldErrors(outcome.Errors, outcome.UnlistedErrorCount), "The file has errors; nothing was stored.");
        }

        var created = (await GetAsync(id, store, cancellationToken)).Result as Ok<DatasetDetailResponse>;
        return TypedResults.Created($"{ApiSetup.BasePath}/datasets/{id}", created!.Value);
    }

    private static ImportMapping? ReadMapping(string? json, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            var mapping = JsonSerializer.Deserialize<ImportMapping>(json, MappingJson);
            if (mapping?.Prompt is null)
            {
                errors["mapping"] = ["Name the field that holds the prompt, e.g. {\"shape\":\"Plain\",\"prompt\":\"question\"}."];
            }

            return mapping;
        }
        catch (JsonException error)
        {
            errors["mapping"] = [$"The mapping is not valid JSON for a mapping: {error.Message}"];
            return null;
        }
    }
}
