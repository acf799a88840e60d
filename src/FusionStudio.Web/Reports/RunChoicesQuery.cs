using FusionStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Reports;

/// <summary>The most recent runs, newest first, for the comparison's pickers.</summary>
public sealed class RunChoicesQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public const int Limit = 200;

    public async Task<IReadOnlyList<RunChoice>> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await db.Runs.AsNoTracking()
            .Select(r => new { r.Id, r.Name, r.CreatedAt })
            .ToListAsync(cancellationToken);
        // Sorted here: SQLite cannot order by a DateTimeOffset column.
        return runs.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(Limit)
            .Select(r => new RunChoice(r.Id, r.Name, r.CreatedAt)).ToList();
    }
}
