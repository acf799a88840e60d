using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using FusionStudio.Jobs.Routing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Runs;

/// <summary>
/// A plan with routed methods needs a router that knows enough of the pool's teachers (by model id or name, as
/// <see cref="RouteTeachers"/> matches them): one for Routed, k for Routed FusioN.
/// </summary>
public static class RoutedTeacherCheck
{
    public static async Task CheckAsync(FusionDbContext db, RunPlan plan, TeacherPool? pool, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(errors);
        if (!plan.NeedsRouter || plan.RouterId is not { } routerId || pool is null)
        {
            return;
        }

        var router = await db.Routers.AsNoTracking().Where(r => r.Id == routerId)
            .Select(r => new { r.Name, r.Version, r.Candidates }).SingleOrDefaultAsync(cancellationToken);
        if (router is null)
        {
            errors.TryAdd(nameof(RunPlan.RouterId), "This router no longer exists.");
            return;
        }

        var memberIds = pool.Members.Select(m => m.TeacherId).ToList();
        var teachers = await db.Teachers.AsNoTracking().Where(t => memberIds.Contains(t.Id)).Select(t => new { t.Name, t.Model }).ToListAsync(cancellationToken);
        var known = teachers.Where(t => router.Candidates.Any(model => RouteTeachers.Matches(t.Model, t.Name, model))).Select(t => t.Name).ToList();
        var needed = plan.Methods.RoutedTeachers(plan.RoutedTopK);
        if (known.Count < needed)
        {
            var which = known.Count == 0 ? "none" : $"only {known.Count} ({string.Join(", ", known)})";
            errors.TryAdd(nameof(RunPlan.RouterId),
                $"Router {router.Name} v{router.Version} knows {which} of the pool's teachers; the routed methods need {needed}. It routes between {string.Join(", ", router.Candidates)}.");
        }
    }
}
