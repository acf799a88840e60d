using FusionStudio.Data;
using FusionStudio.Domain.Providers;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Reports;

/// <summary>Whether any model of a run (a teacher of its pool, its judge or its fusor) is the offline simulator.</summary>
public sealed class SimulatedRunQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<bool> UsesSimulatorAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = db.Runs.Where(r => r.Id == runId);
        var teacherIds = run.SelectMany(r => r.Teachers.Select(t => (int?)t.TeacherId))
            .Concat(run.Select(r => r.JudgeTeacherId))
            .Concat(run.Select(r => r.FusorTeacherId));
        return await db.Teachers.AsNoTracking()
            .AnyAsync(t => teacherIds.Contains(t.Id) && t.Provider!.Kind == ProviderKind.Simulated, cancellationToken);
    }
}
