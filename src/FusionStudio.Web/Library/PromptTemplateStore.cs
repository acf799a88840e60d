using FusionStudio.Data;
using FusionStudio.Domain.Prompts;
using FusionStudio.Engine.Prompts;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Library;

/// <summary>
/// Reads and writes fusor and judge templates, one short-lived context per operation. Versions are never changed:
/// saving new texts adds the next version, which new runs pick up while old runs keep theirs.
/// </summary>
public sealed class PromptTemplateStore(IDbContextFactory<FusionDbContext> contexts, TimeProvider clock)
{
    public async Task<List<PromptTemplateListItem>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.PromptTemplates.AsNoTracking()
            .OrderBy(t => t.Kind).ThenBy(t => t.Name)
            .Select(t => new PromptTemplateListItem(t.Id, t.Name, t.Kind, t.Description, t.IsBuiltIn, t.Versions.Count,
                t.Versions.OrderByDescending(v => v.Number)
                    .Select(v => new PromptVersionText(v.Number, v.SystemText, v.UserText, v.Note, v.CreatedBy, v.CreatedAt))
                    .FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    public async Task<PromptTemplateDetail?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await db.PromptTemplates.AsNoTracking()
            .Where(t => t.Id == id)
            .Select(t => new { t.Id, t.Name, t.Kind, t.Description, t.IsBuiltIn })
            .SingleOrDefaultAsync(cancellationToken);
        if (template is null)
        {
            return null;
        }

        var versions = await db.PromptTemplateVersions.AsNoTracking()
            .Where(v => v.TemplateId == id)
            .OrderByDescending(v => v.Number)
            .Select(v => new PromptVersionText(v.Number, v.SystemText, v.UserText, v.Note, v.CreatedBy, v.CreatedAt))
            .ToListAsync(cancellationToken);
        return new PromptTemplateDetail(template.Id, template.Name, template.Kind, template.Description, template.IsBuiltIn, versions);
    }

    /// <summary>Creates a template with its first version.</summary>
    public async Task<LibrarySaveResult> CreateAsync(PromptTemplateInput input, LibraryEditor editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        if (Check(input) is { Count: > 0 } errors)
        {
            return LibrarySaveResult.Failed(errors);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await NameTakenAsync(db, null, input.Name, cancellationToken))
        {
            return NameTaken(input.Name);
        }

        var now = clock.GetUtcNow();
        var template = new PromptTemplate { Name = input.Name, Kind = input.Kind, Description = input.Description, CreatedAt = now };
        template.AddVersion(input.SystemText, input.UserText, input.Note ?? "First version", editor.Name, now);
        db.PromptTemplates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return LibrarySaveResult.Saved(template.Id);
    }

    /// <summary>
    /// Saves an edit: new texts become the next version; a new name or description changes the template only. The
    /// kind stays what it was.
    /// </summary>
    public async Task<LibrarySaveResult> SaveVersionAsync(int id, PromptTemplateInput input, LibraryEditor editor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(editor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var template = await db.PromptTemplates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (template is null)
        {
            return LibrarySaveResult.Failed(LibrarySaveResult.FormField, "This template no longer exists.");
        }

        input.Kind = template.Kind;
        if (Check(input) is { Count: > 0 } errors)
        {
            return LibrarySaveResult.Failed(errors);
        }

        if (await NameTakenAsync(db, id, input.Name, cancellationToken))
        {
            return NameTaken(input.Name);
        }

        var latest = await db.PromptTemplateVersions.Where(v => v.TemplateId == id).OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        var textsChanged = latest is null || latest.SystemText != input.SystemText || latest.UserText != input.UserText;
        var detailsChanged = template.Name != input.Name || template.Description != input.Description;
        if (!textsChanged && !detailsChanged)
        {
            return LibrarySaveResult.Failed(LibrarySaveResult.FormField, $"Nothing to save: the texts are the same as version {latest!.Number}.");
        }

        template.Name = input.Name;
        template.Description = input.Description;
        if (textsChanged)
        {
            // Only the latest version is needed to number the next one (the context's fix-up usually has it there
            // already); the others stay untouched in the database.
            if (latest is not null && !template.Versions.Contains(latest))
            {
                template.Versions.Add(latest);
            }

            template.AddVersion(input.SystemText, input.UserText, input.Note, editor.Name, clock.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return LibrarySaveResult.Failed(LibrarySaveResult.FormField, "Someone saved this template at the same time. Reload the page to see their version.");
        }

        return LibrarySaveResult.Saved(template.Id);
    }

    private static Dictionary<string, string> Check(PromptTemplateInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Name = input.Name.Trim();
        input.Description = string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
        input.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        input.SystemText ??= "";
        input.UserText ??= "";
        var errors = InputValidation.Validate(input);
        var validation = PromptTemplateValidator.Validate(input.Kind, input.SystemText, input.UserText);
        AddProblems(errors, nameof(PromptTemplateInput.SystemText), validation.MessagesFor(PromptTemplateField.System));
        AddProblems(errors, nameof(PromptTemplateInput.UserText), validation.MessagesFor(PromptTemplateField.User));
        return errors;
    }

    private static void AddProblems(Dictionary<string, string> errors, string field, IReadOnlyList<string> messages)
    {
        if (messages.Count > 0)
        {
            errors.TryAdd(field, string.Join(" ", messages));
        }
    }

    private static Task<bool> NameTakenAsync(FusionDbContext db, int? id, string name, CancellationToken cancellationToken)
    {
        var nameKey = name.ToLowerInvariant();
        return db.PromptTemplates.AnyAsync(t => t.Id != (id ?? 0) && t.Name.ToLower() == nameKey, cancellationToken);
    }

    private static LibrarySaveResult NameTaken(string name) =>
        LibrarySaveResult.Failed(nameof(PromptTemplateInput.Name), $"A template named \"{name}\" already exists.");
}
