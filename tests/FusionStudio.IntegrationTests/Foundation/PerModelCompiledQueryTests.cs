using FusionStudio.Data;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Foundation;

/// <summary>
/// One compiled query serves both databases in one process: EF Core binds a compiled query to the first model it runs
/// with, and the readers that every prompt asks hold theirs in static fields.
/// </summary>
public sealed class PerModelCompiledQueryTests
{
    [Fact]
    public async Task A_compiled_query_reads_each_database_with_its_own_model()
    {
        var promptCount = new PerModelCompiledQuery<Func<FusionDbContext, Task<int>>>(
            () => EF.CompileAsyncQuery((FusionDbContext db) => db.DatasetPrompts.Count()));
        await using var postgres = await TestPostgres.CreateDatabaseAsync();
        await using var sqlite = new FusionDbContext(DataServiceCollectionExtensions.CreateOptions(DatabaseProvider.Sqlite, TestSqlite.NewConnectionString()));
        await using var postgreSql = new FusionDbContext(DataServiceCollectionExtensions.CreateOptions(DatabaseProvider.PostgreSql, postgres.ConnectionString));
        await sqlite.Database.MigrateAsync();
        await postgreSql.Database.MigrateAsync();
        await TestLibrary.SeedAsync(sqlite, promptCount: 2);
        await TestLibrary.SeedAsync(postgreSql, promptCount: 3);

        // SQLite first, then PostgreSQL, then SQLite again: a query bound to one model refuses the other.
        Assert.Equal(2, await promptCount.For(sqlite)(sqlite));
        Assert.Equal(3, await promptCount.For(postgreSql)(postgreSql));
        Assert.Equal(2, await promptCount.For(sqlite)(sqlite));
        Assert.NotSame(promptCount.For(sqlite), promptCount.For(postgreSql));
    }
}
