using System.Globalization;
using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using FusionStudio.Engine.Imports;
using FusionStudio.Engine.Imports.Logs;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.LogImports;

/// <summary>
/// Stores a checked log in one transaction: a dataset of its queries, the imported-logs provider with one teacher per
/// model, a queued run pinned to those teachers, and every record as a candidate. It is all stored or none of it.
/// </summary>
internal sealed class LogImportWriter(FusionDbContext db, LogImportOptions options, LogModelPrices prices, DateTimeOffset now)
{
    private const int Chunk = 2_000;
    private const int MaxNameLength = 200;
    private const int MaxTeacherNameLength = 120;

    public async Task<int> WriteAsync(
        LogContent content, string fileName, RunPlan plan, LogImportPlanCheck.PinnedTemplates pinned, string? user, CancellationToken cancellationToken)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var dataset = new Dataset
        {
            Name = await FreeDatasetNameAsync(fileName, cancellationToken),
            Description = $"Queries of the model log {fileName}.",
            PromptCount = content.Queries.Count,
            CreatedAt = now,
            CreatedBy = user,
        };
        db.Datasets.Add(dataset);
        await db.SaveChangesAsync(cancellationToken);

        var promptIds = await AddPromptsAsync(dataset.Id, content.Queries, cancellationToken);
        var teacherIds = await TeachersAsync(content.Models, cancellationToken);

        var run = RunFactory.Create(
            new RunBlueprint
            {
                Name = string.IsNullOrWhiteSpace(plan.Name) ? DefaultName(fileName, now) : plan.Name.Trim(),
                Source = RunSource.ImportedLog,
                DatasetId = dataset.Id,
                Teachers = content.Models.Select(model => (teacherIds[model.Name], model.MaxSamples)).ToList(),
                Methods = plan.Methods,
                Pairs = plan.Pairs,
                JudgeTeacherId = pinned.JudgeTeacherId,
                FusorTeacherId = pinned.FusorTeacherId,
                PointwiseTemplateVersionId = pinned.Pointwise,
                PairwiseTemplateVersionId = pinned.Pairwise,
                FusorTemplateVersionId = pinned.Fusor,
                Seed = plan.Seed,
                BudgetCap = plan.BudgetCap,
                PromptCount = content.Queries.Count,
                CreatedBy = user,
            },
            now);
        db.Runs.Add(run);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        await AddCandidatesAsync(run.Id, content.Queries, promptIds, teacherIds, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run.Id;
    }

    public static string DefaultName(string fileName, DateTimeOffset at)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{fileName} (imported logs) {at:yyyy-MM-dd HH:mm}");
        return name.Length <= MaxNameLength ? name : name[..MaxNameLength];
    }

    private async Task<List<long>> AddPromptsAsync(int datasetId, IReadOnlyList<LogQuery> queries, CancellationToken cancellationToken)
    {
        var ids = new List<long>(queries.Count);
        foreach (var chunk in queries.Select((query, ordinal) => (query, ordinal)).Chunk(Chunk))
        {
            var prompts = chunk.Select(x => new DatasetPrompt
            {
                DatasetId = datasetId,
                Ordinal = x.ordinal,
                ExternalId = x.query.QueryId,
                Text = x.query.Text,
                Messages = [.. x.query.Messages],
                Language = LanguageOf(x.query),
                Task = x.query.Task ?? LogImportDefaults.Task,
                Reference = x.query.Reference,
            }).ToList();
            db.DatasetPrompts.AddRange(prompts);
            await db.SaveChangesAsync(cancellationToken);
            ids.AddRange(prompts.Select(p => p.Id));
            db.ChangeTracker.Clear();
        }

        return ids;
    }

    private async Task AddCandidatesAsync(
        int runId, IReadOnlyList<LogQuery> queries, List<long> promptIds, Dictionary<string, int> teacherIds, CancellationToken cancellationToken)
    {
        var candidates = queries.SelectMany((query, ordinal) => query.Answers.Select(answer => new Candidate
        {
            RunId = runId,
            PromptId = promptIds[ordinal],
            TeacherId = teacherIds[answer.Record.Model],
            SampleIndex = answer.SampleIndex,
            Text = answer.Record.Response,
            ImportedScore = answer.Record.Score,
            // The log's own record of the call: its usage counts toward the run, though FusionStudio never sent it.
            Calls =
            [
                new ModelCall
                {
                    Purpose = ModelCallPurpose.Imported,
                    RunId = runId,
                    PromptId = promptIds[ordinal],
                    TeacherId = teacherIds[answer.Record.Model],
                    Model = answer.Record.Model,
                    SampleIndex = answer.SampleIndex,
                    Usage = new ModelCallUsage
                    {
                        InputTokens = answer.Record.InputTokens ?? 0,
                        OutputTokens = answer.Record.OutputTokens ?? 0,
                        LatencyMs = (int)Math.Min(int.MaxValue, Math.Round(answer.Record.LatencyMs ?? 0, MidpointRounding.AwayFromZero)),
                        Cost = prices.CostOf(answer.Record),
                    },
                    StartedAt = now,
                    FinishedAt = now,
                },
            ],
            CreatedAt = now,
        }.WithLanguageFlag(LanguageOf(query))));
        foreach (var chunk in candidates.Chunk(Chunk))
        {
            db.Candidates.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private static string LanguageOf(LogQuery query) => query.Language ?? LogImportDefaults.Language;

    /// <summary>The imported-logs provider, made on first use, and a teacher under it for each model.</summary>
    private async Task<Dictionary<string, int>> TeachersAsync(IReadOnlyList<LogModel> models, CancellationToken cancellationToken)
    {
        var provider = await db.Providers.Where(p => p.Kind == ProviderKind.ImportedLog).OrderBy(p => p.Id).FirstOrDefaultAsync(cancellationToken);
        if (provider is null)
        {
            provider = new Provider
            {
                Name = await FreeNameAsync(options.ProviderName, 120, name => db.Providers.AnyAsync(p => p.Name == name, cancellationToken)),
                Kind = ProviderKind.ImportedLog,
                MaxConcurrency = 1,
                CreatedAt = now,
            };
            db.Providers.Add(provider);
            await db.SaveChangesAsync(cancellationToken);
        }

        var names = models.Select(m => m.Name).ToList();
        var ids = await db.Teachers.Where(t => t.ProviderId == provider.Id && names.Contains(t.Model))
            .GroupBy(t => t.Model)
            .Select(g => new { Model = g.Key, Id = g.Min(t => t.Id) })
            .ToDictionaryAsync(t => t.Model, t => t.Id, StringComparer.Ordinal, cancellationToken);
        foreach (var model in names.Where(n => !ids.ContainsKey(n)))
        {
            var teacher = new Teacher
            {
                Name = await FreeNameAsync(model, MaxTeacherNameLength, name => db.Teachers.AnyAsync(t => t.Name == name, cancellationToken), "imported log"),
                ProviderId = provider.Id,
                Model = model,
                CreatedAt = now,
            };
            db.Teachers.Add(teacher);
            await db.SaveChangesAsync(cancellationToken);
            ids[model] = teacher.Id;
        }

        return ids;
    }

    private Task<string> FreeDatasetNameAsync(string fileName, CancellationToken cancellationToken) =>
        FreeNameAsync(
            string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(fileName)} (imported logs {now:yyyy-MM-dd HH:mm})"),
            MaxNameLength,
            name => db.Datasets.AnyAsync(d => d.Name == name, cancellationToken));

    /// <summary>The name if it is free, else the name with a note, then a number, as unique names must differ.</summary>
    private static async Task<string> FreeNameAsync(string wanted, int maxLength, Func<string, Task<bool>> taken, string? note = null)
    {
        string Fit(string suffix) => (wanted.Length + suffix.Length <= maxLength ? wanted : wanted[..(maxLength - suffix.Length)]) + suffix;

        var name = Fit("");
        if (!await taken(name))
        {
            return name;
        }

        for (var number = 1; ; number++)
        {
            var suffix = note is null
                ? string.Create(CultureInfo.InvariantCulture, $" ({number + 1})")
                : number == 1 ? $" ({note})" : string.Create(CultureInfo.InvariantCulture, $" ({note} {number})");
            name = Fit(suffix);
            if (!await taken(name))
            {
                return name;
            }
        }
    }
}
