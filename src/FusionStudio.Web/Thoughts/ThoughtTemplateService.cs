using System.Security.Claims;
using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Thoughts;
using FusionStudio.Jobs.Routing;
using FusionStudio.Jobs.Thoughts;
using FusionStudio.Web.Runs;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Thoughts;

/// <summary>
/// Starts the build of thought template sets (checked here, written by <see cref="BuildThoughtTemplatesJob"/>) and
/// reads them back for the page and the API.
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

    public async Task<IReadOnlyList<ThoughtTemplateSetSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.ThoughtTemplateSets.OrderByDescending(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);
        var summaries = new List<ThoughtTemplateSetSummary>(ids.Count);
        foreach (var id in ids)
        {
            summaries.Add((await SummarizeAsync(db, id, cancellationToken))!);
        }

        return summaries;
    }

    public async Task<ThoughtTemplateSetSummary?> GetAsync(int setId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await SummarizeAsync(db, setId, cancellationToken);
    }

    /// <summary>A page of the set's templates with their past queries and sources, in the order they were written.</summary>
    public async Task<IReadOnlyList<ThoughtTemplateView>> TemplatesAsync(int setId, int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var templates = await (
            from t in db.ThoughtTemplates.AsNoTracking()
            where t.SetId == setId
            orderby t.Id
            join p in db.DatasetPrompts on t.PromptId equals p.Id
            select new { t.Id, t.RunId, t.PromptId, p.Text, t.Task, t.SourceCandidateIds, Template = t.Text, t.Error })
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 200))
            .ToListAsync(cancellationToken);
        var candidateIds = templates.SelectMany(t => t.SourceCandidateIds).Distinct().ToList();
        var candidates = await (
            from c in db.Candidates.AsNoTracking()
            where candidateIds.Contains(c.Id)
            join teacher in db.Teachers on c.TeacherId equals teacher.Id
            select new { c.Id, teacher.Model, c.ImportedScore, c.Text })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return templates.Select(t => new ThoughtTemplateView(
                t.Id, t.RunId, t.PromptId, t.Text, t.Task,
                t.SourceCandidateIds.Where(candidates.ContainsKey)
                    .Select(id => new ThoughtSourceView(id, candidates[id].Model, candidates[id].ImportedScore, candidates[id].Text ?? "")).ToList(),
                t.Template, t.Error))
            .ToList();
    }

    private static async Task<ThoughtTemplateSetSummary?> SummarizeAsync(FusionDbContext db, int setId, CancellationToken cancellationToken)
    {
        var set = await db.ThoughtTemplateSets.AsNoTracking().SingleOrDefaultAsync(s => s.Id == setId, cancellationToken);
        if (set is null)
        {
            return null;
        }

        var summarizer = await db.Teachers.Where(t => t.Id == set.SummarizerTeacherId).Select(t => t.Name + " (" + t.Model + ")").SingleOrDefaultAsync(cancellationToken);
        var templates = db.ThoughtTemplates.Where(t => t.SetId == setId);
        var written = await templates.CountAsync(t => t.Text != null, cancellationToken);
        var failed = await templates.CountAsync(t => t.Text == null, cancellationToken);
        var calls = (await db.ModelCalls.Where(c => c.ThoughtTemplateSetId == setId).SummarizeAsync(cancellationToken)).All;
        return new ThoughtTemplateSetSummary(set.Id, set.Name, set.Status, set.SourceRunIds, summarizer ?? "(removed teacher)", set.EmbeddingModel,
            set.Queries, written, failed, calls.Calls, calls.Cost, set.Error, set.CreatedAt, set.FinishedAt);
    }

    private static async Task<int?> BuiltInSummarizerAsync(FusionDbContext db, CancellationToken cancellationToken) =>
        await db.PromptTemplates.Where(t => t.Kind == PromptTemplateKind.ThoughtSummarizer)
            .OrderByDescending(t => t.IsBuiltIn).ThenBy(t => t.Id).Select(t => (int?)t.Id).FirstOrDefaultAsync(cancellationToken);
}
