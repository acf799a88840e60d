using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Engine.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Library;

/// <summary>Reads, creates and deletes datasets, one short-lived context per operation.</summary>
public sealed class DatasetStore(IDbContextFactory<FusionDbContext> contexts, TimeProvider clock, IOptions<ImportLimits> limits)
{
    private const int InsertBatchSize = 2_000;

    public async Task<List<DatasetListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var datasets = await db.Datasets.AsNoTracking()
            .OrderBy(d => d.Name)
            .Select(d => new { d.Id, d.Name, d.Description, d.PromptCount, d.CreatedAt })
            .ToListAsync(cancellationToken);
        var languages = await db.DatasetPrompts.AsNoTracking()
            .Select(p => new { p.DatasetId, p.Language })
            .Distinct()
            .ToListAsync(cancellationToken);
        return datasets
            .Select(d => new DatasetListItem(d.Id, d.Name, d.Description, d.PromptCount, d.CreatedAt,
                languages.Where(l => l.DatasetId == d.Id).Select(l => l.Language).Order(StringComparer.Ordinal).ToList()))
            .ToList();
    }

    public async Task<DatasetSummary?> GetSummaryAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dataset = await db.Datasets.AsNoTracking()
            .Where(d => d.Id == id)
            .Select(d => new { d.Id, d.Name, d.Description, d.PromptCount, d.CreatedAt, d.CreatedBy })
            .SingleOrDefaultAsync(cancellationToken);
        if (dataset is null)
        {
            return null;
        }

        var prompts = db.DatasetPrompts.AsNoTracking().Where(p => p.DatasetId == id);
        var languages = await prompts.GroupBy(p => p.Language).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var tasks = await prompts.GroupBy(p => p.Task).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var flagged = await prompts.CountAsync(p => p.LanguageWarning != null, cancellationToken);
        var runs = await RunsUsingAsync(db, id, cancellationToken);
        return new DatasetSummary(dataset.Id, dataset.Name, dataset.Description, dataset.PromptCount, dataset.CreatedAt, dataset.CreatedBy,
            languages.OrderByDescending(l => l.Count).Select(l => (l.Key, l.Count)).ToList(),
            tasks.OrderByDescending(t => t.Count).Select(t => (t.Key, t.Count)).ToList(),
            runs)
        {
            FlaggedCount = flagged,
        };
    }

    /// <summary>One page of prompts in dataset order, paged in SQL; optionally only those whose script does not fit their language.</summary>
    public async Task<(List<DatasetPromptItem> Items, int Total)> PageAsync(int id, int page, int pageSize, CancellationToken cancellationToken = default, bool onlyFlagged = false)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var prompts = db.DatasetPrompts.AsNoTracking().Where(p => p.DatasetId == id && (!onlyFlagged || p.LanguageWarning != null));
        var total = await prompts.CountAsync(cancellationToken);
        var items = await prompts
            .OrderBy(p => p.Ordinal)
            .Skip(Math.Max(0, page) * pageSize)
            .Take(pageSize)
            .Select(p => new DatasetPromptItem(p.Ordinal, p.ExternalId, p.Text, p.Language, p.Task, p.Reference != null) { LanguageWarning = p.LanguageWarning, MessageCount = p.Messages.Count })
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>Stores a dataset and all its prompts in one transaction: all of them, or none.</summary>
    public async Task<LibrarySaveResult> CreateAsync(DatasetInput input, IReadOnlyList<ImportedPrompt> prompts, LibraryEditor editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(editor);
        input.Name = input.Name.Trim();
        input.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        var errors = InputValidation.Validate(input);
        if (errors.Count > 0)
        {
            return LibrarySaveResult.Failed(errors);
        }

        if (prompts.Count == 0 || prompts.Count > limits.Value.MaxRows)
        {
            return LibrarySaveResult.Failed(LibrarySaveResult.FormField,
                prompts.Count == 0 ? "Add at least one prompt." : limits.Value.TooManyRowsMessage);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var nameKey = input.Name.ToLowerInvariant();
        if (await db.Datasets.AnyAsync(d => d.Name.ToLower() == nameKey, cancellationToken))
        {
            return LibrarySaveResult.Failed(nameof(DatasetInput.Name), $"A dataset named \"{input.Name}\" already exists.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var dataset = new Dataset
        {
            Name = input.Name,
            Description = input.Description,
            PromptCount = prompts.Count,
            CreatedAt = clock.GetUtcNow(),
            CreatedBy = editor.Name,
        };
        db.Datasets.Add(dataset);
        await db.SaveChangesAsync(cancellationToken);

        // Batches keep the change tracker small for 100,000 prompts; the transaction keeps them all-or-nothing.
        foreach (var batch in prompts.Select((prompt, ordinal) => ToEntity(dataset.Id, ordinal, prompt)).Chunk(InsertBatchSize))
        {
            db.DatasetPrompts.AddRange(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        await transaction.CommitAsync(cancellationToken);
        return LibrarySaveResult.Saved(dataset.Id);
    }

    /// <summary>Deletes a dataset and its prompts, unless a run uses it: runs keep their prompts for review and export.</summary>
    public async Task<LibrarySaveResult> DeleteAsync(int id, LibraryEditor editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await RunsUsingAsync(db, id, cancellationToken);
        if (runs.Count > 0)
        {
            var names = string.Join(", ", runs.Take(3).Select(name => $"\"{name}\""));
            var more = runs.Count > 3 ? $" and {runs.Count - 3} more" : "";
            return LibrarySaveResult.Failed(LibrarySaveResult.FormField,
                $"This dataset cannot be deleted: {(runs.Count == 1 ? "the run" : "the runs")} {names}{more} use{(runs.Count == 1 ? "s" : "")} it. Runs keep their prompts for review and export.");
        }

        // Through the execution strategy, so a database restart mid-way retries the whole transaction.
        var deleted = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.DatasetPrompts.Where(p => p.DatasetId == id).ExecuteDeleteAsync(cancellationToken);
            var count = await db.Datasets.Where(d => d.Id == id).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return count;
        });
        return deleted == 0 ? LibrarySaveResult.Failed(LibrarySaveResult.FormField, "This dataset no longer exists.") : LibrarySaveResult.Saved(id);
    }

    private static Task<List<string>> RunsUsingAsync(FusionDbContext db, int datasetId, CancellationToken cancellationToken) =>
        db.Runs.AsNoTracking().Where(r => r.DatasetId == datasetId).OrderBy(r => r.CreatedAt).Select(r => r.Name).ToListAsync(cancellationToken);

    private static DatasetPrompt ToEntity(int datasetId, int ordinal, ImportedPrompt prompt) => new()
    {
        DatasetId = datasetId,
        Ordinal = ordinal,
        ExternalId = prompt.ExternalId,
        Text = prompt.Text,
        Language = prompt.Language,
        Task = prompt.Task,
        Reference = prompt.Reference,
        Messages = [.. prompt.Messages],
        LanguageWarning = prompt.LanguageWarning,
        Metadata = new Dictionary<string, string>(prompt.Metadata),
    };
}
