using System.Security.Claims;
using FusionStudio.Data;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Thoughts;
using FusionStudio.Jobs.Routing;
using FusionStudio.Jobs.Thoughts;
using FusionStudio.Web.Runs;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Thoughts;

/// <summary>
/// Starts the build of thought template sets: checked here, written in the background by <see cref="BuildThoughtTemplatesJob"/>.
/// </summary>
public sealed class ThoughtTemplateService(
    IDbContextFactory<FusionDbContext> contexts, EmbeddingModels embeddings, EditorCheck editors, IBackgroundJobClient jobs, TimeProvider clock)
{
    public const string General = "";

    public async Task<ThoughtTemplateSetResult> CreateAsync(ThoughtTemplateSetRequest request, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!await editors.AllowsAsync(user))
        {
            errors[General] = EditorCheck.Denied;
            return new ThoughtTemplateSetResult(null, errors);
        }

        var name = request.Name?.Trim() ?? "";
        if (name.Length is 0 or > ThoughtTemplateSet.NameLength)
        {
            errors[nameof(request.Name)] = $"Give the set a name of 1 to {ThoughtTemplateSet.NameLength} characters.";
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sources = (request.SourceRunIds ?? []).Distinct().Order().ToList();
        var known = await db.Runs.Where(r => sources.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        if (sources.Count == 0)
        {
            errors[nameof(request.SourceRunIds)] = "Choose at least one run or imported log to learn from.";
        }
        else if (sources.Except(known).ToList() is { Count: > 0 } missing)
        {
            errors[nameof(request.SourceRunIds)] = $"No run {string.Join(", ", missing)}.";
        }

        if (request.SummarizerTeacherId is not { } teacherId || !await db.Teachers.AnyAsync(t => t.Id == teacherId, cancellationToken))
        {
            errors[nameof(request.SummarizerTeacherId)] = "Choose the teacher that writes the templates.";
        }

        var templateId = request.SummarizerTemplateId ?? await BuiltInSummarizerAsync(db, cancellationToken);
        var versionId = await TemplateVersionLookup.LatestAsync(db, templateId, PromptTemplateKind.ThoughtSummarizer, nameof(request.SummarizerTemplateId), errors, cancellationToken);
        try
        {
            await embeddings.GeneratorAsync(request.EmbeddingModel ?? "", cancellationToken);
        }
        catch (ArgumentException exception)
        {
            errors[nameof(request.EmbeddingModel)] = exception.Message.Split(" (Parameter", 2)[0];
        }

        if (versionId is null)
        {
            errors.TryAdd(nameof(request.SummarizerTemplateId), "There is no thought summarizer template.");
        }

        if (errors.Count > 0)
        {
            return new ThoughtTemplateSetResult(null, errors);
        }

        var set = new ThoughtTemplateSet
        {
            Name = name,
            SourceRunIds = sources,
            SummarizerTeacherId = request.SummarizerTeacherId!.Value,
            SummarizerTemplateVersionId = versionId!.Value,
            EmbeddingModel = request.EmbeddingModel!,
            Status = ThoughtTemplateSetStatus.Building,
            CreatedBy = user.Identity?.Name,
            CreatedAt = clock.GetUtcNow(),
        };
        db.ThoughtTemplateSets.Add(set);
        await db.SaveChangesAsync(cancellationToken);
        jobs.Enqueue<BuildThoughtTemplatesJob>(job => job.RunAsync(set.Id, CancellationToken.None));
        return new ThoughtTemplateSetResult(set.Id, errors);
    }

    private static async Task<int?> BuiltInSummarizerAsync(FusionDbContext db, CancellationToken cancellationToken) =>
        await db.PromptTemplates.Where(t => t.Kind == PromptTemplateKind.ThoughtSummarizer)
            .OrderByDescending(t => t.IsBuiltIn).ThenBy(t => t.Id).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
}
