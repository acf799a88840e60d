using System.Security.Claims;
using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>Keeps a short note on a run (Members and Admins); an empty note removes it.</summary>
public sealed class RunNoteCommand(IDbContextFactory<FusionDbContext> contexts, EditorCheck editors)
{
    public async Task<RunCommandResult> SaveAsync(int runId, string? note, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await editors.AllowsAsync(user))
        {
            return new RunCommandResult(false, EditorCheck.Denied);
        }

        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > RunNote.MaxLength })
        {
            return new RunCommandResult(false, $"Keep the note under {RunNote.MaxLength} characters (it has {text.Length}).");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var saved = await db.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set.SetProperty(r => r.Note, text), cancellationToken);
        return saved == 0 ? new RunCommandResult(false, $"Run {runId} does not exist.") : new RunCommandResult(true, "Note saved.");
    }
}
