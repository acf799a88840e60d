using FusionStudio.Data;
using FusionStudio.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.UnitTests.RunPages;

/// <summary>A migrated SQLite file of its own, for one test class instance; deleted on dispose.</summary>
public sealed class RunPagesDatabase : IDbContextFactory<FusionDbContext>, IDisposable
{
    private readonly string _connectionString = TestSqlite.NewConnectionString();
    private readonly DbContextOptions<FusionDbContext> _options;

    public RunPagesDatabase()
    {
        _options = DataServiceCollectionExtensions.CreateOptions(DatabaseProvider.Sqlite, _connectionString);
        using var db = CreateDbContext();
        db.Database.Migrate();
    }

    public FusionDbContext CreateDbContext() => new(_options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        var path = new SqliteConnectionStringBuilder(_connectionString).DataSource;
        File.Delete(path);
    }
}
