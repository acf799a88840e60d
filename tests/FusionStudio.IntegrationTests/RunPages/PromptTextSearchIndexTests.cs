using FusionStudio.Data;
using FusionStudio.Testing;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace FusionStudio.IntegrationTests.RunPages;

/// <summary>
/// The prompt table's text search on PostgreSQL reads the pg_trgm index: the migration creates the extension and the
/// index, search still finds prompts by a word in any case, and the SQL EF sends for it can be served by the index.
/// </summary>
public sealed class PromptTextSearchIndexTests : IAsyncLifetime
{
    private const int Count = 300;

    private TestDatabase _database = null!;
    private FusionApp _app = null!;

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync();
        _app = FusionApp.OnPostgres(_database);
        _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task The_migration_creates_the_trigram_extension_and_index_on_prompt_text()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var extension = new NpgsqlCommand("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'", connection);
        Assert.Equal(1L, await extension.ExecuteScalarAsync());
        await using var index = new NpgsqlCommand(
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'DatasetPrompts' AND indexname = 'IX_DatasetPrompts_Text_Trigram'", connection);
        var definition = (string?)await index.ExecuteScalarAsync();
        Assert.NotNull(definition);
        Assert.Contains("USING gin (\"Text\" gin_trgm_ops)", definition, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_finds_prompts_by_a_word_and_its_sql_is_served_by_the_trigram_index()
    {
        var runId = await PromptTableSeed.CreateRunAsync(_app, Count);
        var captured = new CapturedSearchCommands();
        var options = new DbContextOptionsBuilder<FusionDbContext>(DataServiceCollectionExtensions.CreateOptions(DatabaseProvider.PostgreSql, _database.ConnectionString))
            .AddInterceptors(captured)
            .Options;
        var query = new RunPromptPageQuery(new PooledDbContextFactory<FusionDbContext>(options));

        var page = await query.LoadAsync(runId, new RunPromptFilter { Search = "wEATHER" }, RunPromptSort.Default, 0, 200);

        var expected = Enumerable.Range(0, Count).Where(g => PromptTableSeed.Expected(g).Text.Contains("Weather", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, page.Total);
        Assert.Equal(expected, page.Rows.Select(r => r.Ordinal));

        // The page's own commands (count and rows), planned with plain scans ruled out (a table of a few hundred rows
        // is read whole otherwise): a plan that still filters the text without the index would mean the SQL's ILIKE
        // is not on the indexed expression.
        Assert.NotEmpty(captured.Commands);
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off; SET enable_indexscan = off; SET enable_indexonlyscan = off", connection))
        {
            await off.ExecuteNonQueryAsync();
        }

        foreach (var (sql, parameters) in captured.Commands)
        {
            await using var explain = new NpgsqlCommand("EXPLAIN " + sql, connection);
            foreach (var (name, value) in parameters)
            {
                explain.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            var plan = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    plan.Add(reader.GetString(0));
                }
            }

            Assert.True(
                plan.Exists(line => line.Contains("IX_DatasetPrompts_Text_Trigram", StringComparison.Ordinal)),
                $"The search did not use the trigram index:\n{sql}\n{string.Join("\n", plan)}");
        }
    }
}
