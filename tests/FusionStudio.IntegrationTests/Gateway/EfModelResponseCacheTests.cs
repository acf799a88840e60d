using FusionStudio.Data;
using FusionStudio.Engine.Gateway;
using FusionStudio.Testing;

namespace FusionStudio.IntegrationTests.Gateway;

/// <summary>The database cache on its own, and under the gateway (hence the fake server of <see cref="GatewayTest"/>).</summary>
public sealed class EfModelResponseCacheTests : GatewayTest
{
    private static readonly ModelCacheEntry s_entry = new(3, "sim-concise", "Tides follow the moon.", 42, 7, "stop");

    [Theory]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Stored_answer_comes_back_by_its_key(DatabaseProvider provider)
    {
        await using var database = await CacheDatabase.CreateAsync(provider);
        var key = new string('a', 64);

        Assert.Null(await database.Cache.TryGetAsync(key));
        await database.Cache.SetAsync(key, s_entry);

        Assert.Equal(s_entry, await database.Cache.TryGetAsync(key));
        Assert.Null(await database.Cache.TryGetAsync(new string('b', 64)));
    }

    [Theory]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Storing_a_key_twice_keeps_the_first_answer(DatabaseProvider provider)
    {
        await using var database = await CacheDatabase.CreateAsync(provider);
        var key = new string('c', 64);

        await database.Cache.SetAsync(key, s_entry);
        await database.Cache.SetAsync(key, s_entry with { Text = "A later answer." });

        Assert.Equal(s_entry, await database.Cache.TryGetAsync(key));
        Assert.Equal(1, await database.CountAsync(key));
    }

    [Theory]
    [InlineData(DatabaseProvider.PostgreSql)]
    [InlineData(DatabaseProvider.Sqlite)]
    public async Task Concurrent_stores_of_one_key_all_succeed_with_one_row(DatabaseProvider provider)
    {
        await using var database = await CacheDatabase.CreateAsync(provider);
        var key = new string('d', 64);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => database.Cache.SetAsync(key, s_entry with { Text = $"Answer {i}." })));

        Assert.Equal(1, await database.CountAsync(key));
        Assert.NotNull(await database.Cache.TryGetAsync(key));
    }

    [Fact]
    public async Task Gateway_rerun_is_answered_from_the_database()
    {
        await using var database = await CacheDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        var first = await Gateway(database.Cache).CompleteAsync(Request("sim-concise"));
        // The gateway hands the answer to the cache without waiting for the write; a restart comes after it landed.
        await Eventually.TrueAsync(async () => await database.CountAsync(ModelCacheKey.Compute(Request("sim-concise"))) == 1);

        // A new gateway, as after a restart or on another worker: only the database remembers.
        var again = await Gateway(database.Cache).CompleteAsync(Request("sim-concise"));

        Assert.Equal((false, true), (first.Usage.CacheHit, again.Usage.CacheHit));
        Assert.Equal(first.Text, again.Text);
        Assert.Single(Requests);
    }
}
