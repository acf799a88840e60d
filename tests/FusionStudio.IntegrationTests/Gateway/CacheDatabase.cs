using FusionStudio.Data;
using FusionStudio.Engine.Gateway;
using FusionStudio.Jobs.Caching;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Gateway;

/// <summary>A fresh database (PostgreSQL or a SQLite file) with the EF Core response cache registered over it.</summary>
public sealed class CacheDatabase : IAsyncDisposable
{
    private readonly TestDatabase? _postgres;
    private readonly string? _sqliteFile;

    private CacheDatabase(ServiceProvider services, TestDatabase? postgres, string? sqliteFile)
    {
        Services = services;
        _postgres = postgres;
        _sqliteFile = sqliteFile;
    }

    public ServiceProvider Services { get; }

    public IModelResponseCache Cache => Services.GetRequiredService<IModelResponseCache>();

    public static async Task<CacheDatabase> CreateAsync(DatabaseProvider provider)
    {
        var postgres = provider == DatabaseProvider.PostgreSql ? await TestPostgres.CreateDatabaseAsync() : null;
        var connectionString = postgres?.ConnectionString ?? TestSqlite.NewConnectionString();
        var services = new ServiceCollection()
            .AddDbContextFactory<FusionDbContext>(builder => DataServiceCollectionExtensions.Configure(builder, provider, connectionString))
            .AddEfModelResponseCache()
            .BuildServiceProvider();

        // EnsureCreated builds the schema straight from the model, cache table included, whether or not the
        // migrations have caught up with it yet; these tests are about the cache, not the migrations.
        await using (var db = await services.GetRequiredService<IDbContextFactory<FusionDbContext>>().CreateDbContextAsync())
        {
            await db.Database.EnsureCreatedAsync();
        }

        var sqliteFile = postgres is null ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource : null;
        return new CacheDatabase(services, postgres, sqliteFile);
    }

    public async Task<int> CountAsync(string key)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<FusionDbContext>>().CreateDbContextAsync();
        return await db.ModelResponseCache.CountAsync(e => e.Key == key);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        if (_sqliteFile is not null)
        {
            File.Delete(_sqliteFile);
        }
    }
}
