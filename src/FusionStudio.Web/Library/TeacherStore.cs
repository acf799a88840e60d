using FusionStudio.Data;
using FusionStudio.Domain.Providers;
using FusionStudio.Domain.Teachers;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Library;

/// <summary>Reads and writes teachers, one short-lived context per operation.</summary>
public sealed class TeacherStore(IDbContextFactory<FusionDbContext> contexts, ProviderModelHints modelHints, TimeProvider clock)
{
    public async Task<List<TeacherListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Teachers.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new TeacherListItem(t.Id, t.Name, t.Model, t.Provider!.Name, t.Provider.Kind == ProviderKind.Simulated,
                t.Temperature, t.TopP, t.MaxTokens, t.Seed))
            .ToListAsync(cancellationToken);
    }

    public async Task<List<TeacherOption>> OptionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Teachers.AsNoTracking()
            .OrderBy(t => t.Name)
            .Select(t => new TeacherOption(t.Id, t.Name, t.Model))
            .ToListAsync(cancellationToken);
    }

    public async Task<List<ProviderOption>> ProviderOptionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Imported-log providers stand for models that are never called, so no teacher may be made on one.
        return await db.Providers.AsNoTracking()
            .Where(p => p.Kind != ProviderKind.ImportedLog)
            .OrderBy(p => p.Name)
            .Select(p => new ProviderOption(p.Id, p.Name, p.Kind == ProviderKind.Simulated))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Model ids to suggest for a provider: the simulated names, or what its last connection test listed.</summary>
    public IReadOnlyList<string> ModelSuggestions(ProviderOption? provider) =>
        provider is null ? [] : provider.Simulated ? SimulatedModels.Names : modelHints.For(provider.Id);

    public async Task<TeacherInput?> GetForEditAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Teachers.AsNoTracking()
            .Where(t => t.Id == id)
            .Select(t => new TeacherInput
            {
                Name = t.Name,
                ProviderId = t.ProviderId,
                Model = t.Model,
                Temperature = t.Temperature,
                TopP = t.TopP,
                MaxTokens = t.MaxTokens,
                Seed = t.Seed,
            })
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Creates (<paramref name="id"/> null) or updates a teacher.</summary>
    public async Task<LibrarySaveResult> SaveAsync(int? id, TeacherInput input, LibraryEditor editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(editor);
        input.Name = input.Name.Trim();
        input.Model = input.Model.Trim();
        var errors = InputValidation.Validate(input);
        if (errors.Count > 0)
        {
            return LibrarySaveResult.Failed(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var providerKind = await db.Providers.Where(p => p.Id == input.ProviderId)
            .Select(p => (ProviderKind?)p.Kind).FirstOrDefaultAsync(cancellationToken);
        if (providerKind is null)
        {
            return LibrarySaveResult.Failed(nameof(TeacherInput.ProviderId), "This provider no longer exists.");
        }

        if (providerKind == ProviderKind.ImportedLog)
        {
            return LibrarySaveResult.Failed(nameof(TeacherInput.ProviderId), "Imported logs cannot be called: choose a provider that serves models.");
        }

        var nameKey = input.Name.ToLowerInvariant();
        if (await db.Teachers.AnyAsync(t => t.Id != (id ?? 0) && t.Name.ToLower() == nameKey, cancellationToken))
        {
            return LibrarySaveResult.Failed(nameof(TeacherInput.Name), $"A teacher named \"{input.Name}\" already exists.");
        }

        Teacher? teacher;
        if (id is { } existingId)
        {
            teacher = await db.Teachers.SingleOrDefaultAsync(t => t.Id == existingId, cancellationToken);
            if (teacher is null)
            {
                return LibrarySaveResult.Failed(LibrarySaveResult.FormField, "This teacher no longer exists.");
            }
        }
        else
        {
            teacher = new Teacher { Name = input.Name, Model = input.Model, CreatedAt = clock.GetUtcNow() };
            db.Teachers.Add(teacher);
        }

        teacher.Name = input.Name;
        teacher.ProviderId = input.ProviderId!.Value;
        teacher.Model = input.Model;
        teacher.Temperature = input.Temperature;
        teacher.TopP = input.TopP;
        teacher.MaxTokens = input.MaxTokens;
        teacher.Seed = input.Seed;
        await db.SaveChangesAsync(cancellationToken);
        return LibrarySaveResult.Saved(teacher.Id);
    }
}
