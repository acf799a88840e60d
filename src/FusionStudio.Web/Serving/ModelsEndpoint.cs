using FusionStudio.Data;
using FusionStudio.Web.Serving.Wire;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Serving;

/// <summary><c>GET /v1/models</c>: every recipe, as a model a client can name.</summary>
internal static class ModelsEndpoint
{
    public const string Owner = "fusionstudio";

    public static async Task<IResult> ListAsync(IDbContextFactory<FusionDbContext> contexts, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recipes = await db.Recipes.AsNoTracking().Select(r => new { r.Name, r.CreatedAt }).ToListAsync(cancellationToken);
        var models = recipes.OrderBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => new ModelEntry(r.Name, "model", r.CreatedAt.ToUnixTimeSeconds(), Owner))
            .ToList();
        return Results.Json(new ModelList("list", models), ServingJson.Options);
    }
}
