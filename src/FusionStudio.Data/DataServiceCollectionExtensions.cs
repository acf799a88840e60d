using FusionStudio.Data.RunChanges;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FusionStudio.Data;

public static class DataServiceCollectionExtensions
{
    public const string PostgreSqlMigrationsAssembly = "FusionStudio.Migrations.PostgreSql";
    public const string SqliteMigrationsAssembly = "FusionStudio.Migrations.Sqlite";

    /// <summary>
    /// Registers a pooled <see cref="FusionDbContext"/> factory (one short-lived context per operation) and a scoped
    /// context for ASP.NET Core Identity, the call log's reader and the insert batcher.
    /// </summary>
    public static IServiceCollection AddFusionData(this IServiceCollection services, DatabaseOptions options)
    {
        var connectionString = AppConnectionString(options);
        // Pooled: a run opens a short-lived context for each read and write, and a fresh one costs a DI scope and its
        // services each time, which showed as lock contention under load.
        services.AddPooledDbContextFactory<FusionDbContext>(builder => Configure(
            builder, options.Provider, connectionString, options.CommandTimeoutSeconds, options.TransientRetries, options.TransientRetryMaxDelay));
        services.TryAddScoped(provider => provider.GetRequiredService<IDbContextFactory<FusionDbContext>>().CreateDbContext());
        services.AddTransient<Calls.RunCallLog>();
        services.AddOptions();
        services.TryAddSingleton<Writes.TableStatistics>();
        services.TryAddSingleton<Writes.InsertBatcher>();
        services.AddRunChanges(options.Provider);
        return services;
    }

    /// <summary>The connection string the app's contexts use: on PostgreSQL, with the session settings the options ask for.</summary>
    public static string AppConnectionString(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider == DatabaseProvider.PostgreSql
            ? PostgresParallelQuery.Apply(
                PostgresCommandTimeout.Apply(
                    PostgresAutoPrepare.Apply(options.ResolveConnectionString(), options.AutoPreparedStatements), options.CommandTimeoutSeconds),
                options.ParallelWorkersPerGather)
            : options.ResolveConnectionString();
    }

    public static DbContextOptionsBuilder Configure(
        DbContextOptionsBuilder builder,
        DatabaseProvider provider,
        string connectionString,
        int commandTimeoutSeconds = 60,
        int transientRetries = 0,
        TimeSpan? transientRetryMaxDelay = null)
    {
        return provider switch
        {
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString, npgsql => npgsql
                .MigrationsAssembly(PostgreSqlMigrationsAssembly)
                .CommandTimeout(commandTimeoutSeconds)
                .ExecutionStrategy(dependencies => new PostgresRetryingExecutionStrategy(
                    dependencies, transientRetries, transientRetryMaxDelay ?? TimeSpan.FromSeconds(30)))),
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, sqlite => sqlite
                .MigrationsAssembly(SqliteMigrationsAssembly)
                .CommandTimeout(commandTimeoutSeconds)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }

    public static DbContextOptions<FusionDbContext> CreateOptions(DatabaseProvider provider, string connectionString)
    {
        var builder = new DbContextOptionsBuilder<FusionDbContext>();
        Configure(builder, provider, connectionString);
        return builder.Options;
    }
}
