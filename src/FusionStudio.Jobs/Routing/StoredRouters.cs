using System.Collections.Concurrent;
using FusionStudio.Data;
using FusionStudio.Engine.Routing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Routing;

/// <summary>
/// Stored routers read back into predictors, each decoded once per process: a router version never changes, so its
/// decoded model (a kNN index or FastTree regressors) is kept, keyed by id and creation time so that a database
/// rebuilt underneath (ids reused) never serves an old model.
/// </summary>
public sealed class StoredRouters(IDbContextFactory<FusionDbContext> contexts)
{
    private readonly ConcurrentDictionary<(int Id, DateTimeOffset CreatedAt), LoadedRouter> _decoded = new();

    /// <summary>The router and its predictor, or null when no router has that id.</summary>
    public async Task<LoadedRouter?> GetAsync(int routerId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stamp = await db.Routers.AsNoTracking().Where(r => r.Id == routerId)
            .Select(r => new { r.Id, r.CreatedAt }).SingleOrDefaultAsync(cancellationToken);
        if (stamp is null)
        {
            return null;
        }

        if (_decoded.TryGetValue((stamp.Id, stamp.CreatedAt), out var known))
        {
            return known;
        }

        var router = await db.Routers.AsNoTracking().SingleAsync(r => r.Id == routerId, cancellationToken);
        var loaded = new LoadedRouter(router, RouterModelCodec.Read(router.Model));
        return _decoded.GetOrAdd((stamp.Id, stamp.CreatedAt), loaded);
    }
}
