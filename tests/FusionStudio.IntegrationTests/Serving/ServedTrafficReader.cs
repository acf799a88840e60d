using FusionStudio.Domain.Recipes;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Serving;

/// <summary>Reads what a recipe's served requests left in the database.</summary>
internal static class ServedTrafficReader
{
    public static async Task<int> LiveRunIdAsync(FusionApp app, string recipe)
    {
        await using var db = app.CreateDbContext();
        return await db.RecipeVersions.Where(v => db.Recipes.Any(r => r.Id == v.RecipeId && r.Name == recipe)).Select(v => v.LiveRunId!.Value).SingleAsync();
    }

    /// <summary>Waits until the recipe has stored <paramref name="count"/> served requests, and returns them.</summary>
    public static Task<List<ServedRequest>> ServedAsync(FusionApp app, string recipe, int count = 1) =>
        Eventually.ValueAsync(async () =>
        {
            await using var db = app.CreateDbContext();
            var rows = await db.ServedRequests.AsNoTracking().Where(s => db.Recipes.Any(r => r.Id == s.RecipeId && r.Name == recipe)).ToListAsync();
            return rows.Count >= count ? rows : null;
        });
}
