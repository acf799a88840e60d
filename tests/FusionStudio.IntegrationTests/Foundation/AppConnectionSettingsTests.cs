using FusionStudio.Data;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Foundation;

/// <summary>
/// The app's PostgreSQL sessions run with the settings its options ask for: no parallel workers by default, the
/// server's own setting when the option is empty, and a connection string's own Options win over the option.
/// </summary>
public sealed class AppConnectionSettingsTests
{
    [Theory]
    [InlineData(0, null, "0")]
    [InlineData(3, null, "3")]
    [InlineData(0, "-c max_parallel_workers_per_gather=1", "1")]
    public async Task Sessions_start_with_the_configured_parallel_workers(int? workers, string? ownOptions, string expected)
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        var connectionString = ownOptions is null ? database.ConnectionString : $"{database.ConnectionString};Options={ownOptions}";

        Assert.Equal(expected, await ShowAsync(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connectionString, ParallelWorkersPerGather = workers }));
    }

    [Fact]
    public async Task An_empty_option_leaves_the_servers_setting()
    {
        await using var database = await TestPostgres.CreateDatabaseAsync();
        var server = await ShowAsync(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = database.ConnectionString, ParallelWorkersPerGather = 0 }, raw: true);

        var shown = await ShowAsync(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = database.ConnectionString, ParallelWorkersPerGather = null });

        // PostgreSQL's default is 2; the app's default, 0, would show here if the empty option were not honoured.
        Assert.Equal(server, shown);
        Assert.NotEqual("0", shown);
    }

    private static async Task<string> ShowAsync(DatabaseOptions options, bool raw = false)
    {
        var connectionString = raw ? options.ResolveConnectionString() : DataServiceCollectionExtensions.AppConnectionString(options);
        await using var db = new FusionDbContext(DataServiceCollectionExtensions.CreateOptions(DatabaseProvider.PostgreSql, connectionString));
        return await db.Database.SqlQueryRaw<string>("SELECT current_setting('max_parallel_workers_per_gather') AS \"Value\"").SingleAsync();
    }
}
