using FusionStudio.Data;
using FusionStudio.Data.Caching;
using FusionStudio.Data.Writes;
using FusionStudio.Engine.Gateway;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Gateway;

/// <summary>
/// Rows and cache lookups handed over together share writes and queries; a taken unique key refuses only its own row.
/// </summary>
public sealed class BatchedCacheTests
{
    [Theory]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Rows_handed_over_together_land_once_each_and_a_taken_key_refuses_only_its_own(DatabaseProvider provider)
    {
        await using var database = await CacheDatabase.CreateAsync(provider);
        var inserts = database.Services.GetRequiredService<InsertBatcher>();
        var taken = Key("taken");
        Assert.True(await inserts.InsertAsync(Row(taken, "first"), CancellationToken.None));

        // Handed over without waiting in between, so the batcher takes many of them in one write.
        var fresh = Enumerable.Range(0, 300).Select(i => inserts.InsertAsync(Row(Key($"fresh-{i}"), $"answer {i}"), CancellationToken.None)).ToList();
        var again = Enumerable.Range(0, 5).Select(i => inserts.InsertAsync(Row(taken, $"later {i}"), CancellationToken.None)).ToList();

        Assert.All(await Task.WhenAll(fresh), Assert.True);
        Assert.All(await Task.WhenAll(again), Assert.False);
        await using var db = await database.Services.GetRequiredService<IDbContextFactory<FusionDbContext>>().CreateDbContextAsync();
        var rows = await db.ModelResponseCache.AsNoTracking().ToListAsync();
        Assert.Equal(301, rows.Count);
        Assert.Equal(301, rows.Select(r => r.Id).Distinct().Count());
        Assert.Equal("first", rows.Single(r => r.Key == taken).Text);
        Assert.Equal(300, rows.Count(r => r.Text.StartsWith("answer ", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Lookups_asked_together_each_get_their_own_answer(DatabaseProvider provider)
    {
        await using var database = await CacheDatabase.CreateAsync(provider);
        for (var i = 0; i < 50; i++)
        {
            await database.Cache.SetAsync(Key($"stored-{i}"), Entry($"answer {i}"));
        }

        var lookups = Enumerable.Range(0, 100)
            .Select(i => (Index: i, Found: database.Cache.TryGetAsync(Key(i % 2 == 0 ? $"stored-{i / 2}" : $"missing-{i}"))))
            .ToList();
        await Task.WhenAll(lookups.Select(l => l.Found));

        foreach (var (index, found) in lookups)
        {
            Assert.Equal(index % 2 == 0 ? Entry($"answer {index / 2}") : null, await found);
        }
    }

    private static string Key(string name) => name.PadRight(64, '-');

    private static ModelCacheEntry Entry(string text) => new(3, "sim-concise", text, 10, 5, "stop");

    private static ModelResponseCacheEntry Row(string key, string text) => new()
    {
        Key = key,
        ProviderId = 3,
        Model = "sim-concise",
        Text = text,
        InputTokens = 10,
        OutputTokens = 5,
        FinishReason = "stop",
        CreatedAt = DateTimeOffset.UtcNow,
    };
}
