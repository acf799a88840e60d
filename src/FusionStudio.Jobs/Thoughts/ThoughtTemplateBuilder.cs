using FusionStudio.Data;
using FusionStudio.Data.Security;
using FusionStudio.Domain.Thoughts;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.PastAnswers;
using FusionStudio.Engine.Prompts;
using FusionStudio.Jobs.Routing;
using FusionStudio.Jobs.Runs.Steps;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Thoughts;

/// <summary>
/// Writes a set's thought templates: for every past query of its source runs without one, the hybrid pick of its best
/// answers (<see cref="ThoughtSourceSelection"/>) goes to the summarizer through the set's pinned template, and the
/// template is stored with its call. Then every past query is embedded under the set's model, so retrieval for a
/// run reads stored vectors only. Safe to run twice: it only writes what is missing.
/// </summary>
public sealed class ThoughtTemplateBuilder(
    IDbContextFactory<FusionDbContext> contexts, PastAnswerLoader loader, IModelGateway gateway, ApiKeyProtector keys, EmbeddingModels embeddings,
    RowStore rows, TimeProvider clock)
{
    /// <summary>Summarizer calls in flight at once; the provider's own limits still apply inside the gateway.</summary>
    public const int Concurrency = 8;

    public async Task BuildAsync(int setId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var set = await db.ThoughtTemplateSets.SingleOrDefaultAsync(s => s.Id == setId, cancellationToken);
        if (set is null)
        {
            return;
        }

        try
        {
            await WriteTemplatesAsync(db, set, cancellationToken);
            set.Status = ThoughtTemplateSetStatus.Ready;
            set.Error = null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            set.Status = ThoughtTemplateSetStatus.Failed;
            set.Error = exception.Message.Length > ThoughtTemplateSet.ErrorLength ? exception.Message[..ThoughtTemplateSet.ErrorLength] : exception.Message;
        }

        set.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task WriteTemplatesAsync(FusionDbContext db, ThoughtTemplateSet set, CancellationToken cancellationToken)
    {
        var teacher = await db.Teachers.AsNoTracking().Include(t => t.Provider).SingleAsync(t => t.Id == set.SummarizerTeacherId, cancellationToken);
        var version = await db.PromptTemplateVersions.AsNoTracking().SingleAsync(v => v.Id == set.SummarizerTemplateVersionId, cancellationToken);
        var endpoint = ProviderEndpoint.From(teacher.Provider!, keys.Unprotect(teacher.Provider!.ProtectedApiKey));
        var queries = (await loader.LoadAsync(set.SourceRunIds, cancellationToken)).Where(q => ThoughtSourceSelection.Select(q.Answers).Count > 0).ToList();
        var done = (await db.ThoughtTemplates.AsNoTracking().Where(t => t.SetId == set.Id).Select(t => t.PromptId).ToListAsync(cancellationToken)).ToHashSet();
        set.Queries = queries.Count;
        await db.SaveChangesAsync(cancellationToken);

        await Parallel.ForEachAsync(
            queries.Where(q => !done.Contains(q.PromptId)),
            new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = cancellationToken },
            async (query, token) =>
            {
                var sources = ThoughtSourceSelection.Select(query.Answers);
                var messages = PromptTemplateRenderer.Render(version, PromptValues.ThoughtSummarizer(query.Text, query.Language, sources.Select(s => s.Text).ToList()));
                var result = await gateway.CompleteAsync(
                    new ModelCallRequest
                    {
                        Provider = endpoint,
                        Model = teacher.Model,
                        Messages = messages,
                        Sampling = SamplingSettings.From(teacher),
                        Purpose = ModelCallPurpose.SummarizeThought,
                        Origin = new CallOrigin(null, query.PromptId, teacher.Id, version.Id),
                    },
                    token);
                result.Call.ThoughtTemplateSetId = set.Id;
                await rows.AddOnceAsync(
                    new ThoughtTemplate
                    {
                        SetId = set.Id,
                        PromptId = query.PromptId,
                        RunId = query.RunId,
                        Task = query.Task,
                        SourceCandidateIds = sources.Select(s => s.CandidateId).ToList(),
                        Text = result.Succeeded ? result.Text.Trim() : null,
                        Error = result.Succeeded ? null : Clip(result.FailureReason),
                        CreatedAt = clock.GetUtcNow(),
                        Calls = [result.Call],
                    },
                    token);
            });

        await embeddings.EmbedAsync(set.EmbeddingModel, queries.Select(q => q.Text).ToList(), cancellationToken);
    }

    private static string Clip(string text) => text.Length > ThoughtTemplateSet.ErrorLength ? text[..ThoughtTemplateSet.ErrorLength] : text;
}
