using FusionStudio.Data;
using FusionStudio.Jobs.Operations;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace FusionStudio.Web.Hosting;

internal static class QueueSetup
{
    /// <summary>
    /// Hangfire on PostgreSQL when the data is there, so any number of workers share one queue; in memory with
    /// SQLite, where the one process does everything. The storage is this host's own service, not Hangfire's
    /// process-wide default, so that several hosts can live in one process (as they do in tests).
    /// </summary>
    public static WebApplicationBuilder AddFusionQueue(this WebApplicationBuilder builder)
    {
        var database = builder.Configuration.GetDatabaseOptions();
        var hosting = builder.Configuration.GetHostingOptions();

        builder.Services.AddSingleton<JobStorage>(_ => CreateStorage(database, hosting));
        // Jobs are built from this host's services; Hangfire's default is a process-wide activator that the last host wins.
        builder.Services.AddSingleton<JobActivator>(services => new AspNetCoreJobActivator(services.GetRequiredService<IServiceScopeFactory>()));
        builder.Services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());

        var identity = new WorkerIdentity($"{Environment.MachineName}:{Environment.ProcessId}:{hosting.Role}".ToLowerInvariant());
        builder.Services.AddSingleton(identity);
        if (hosting.ProcessesJobs)
        {
            builder.Services.AddHangfireServer(options =>
            {
                options.WorkerCount = hosting.WorkerCount;
                options.ServerName = identity.Name;
                // Jobs see their cancellation token fire only when the grace period is over; until then they stop
                // starting work (on the host's stopping signal) and let calls in flight land.
                options.StopTimeout = hosting.ShutdownGracePeriod;
                options.ShutdownTimeout = hosting.ShutdownGracePeriod + HostingOptions.ShutdownMargin;
            });
            builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = hosting.ShutdownGracePeriod + (2 * HostingOptions.ShutdownMargin));
            builder.Services.AddHostedService<ActiveRunResumer>();
        }

        return builder;
    }

    private static JobStorage CreateStorage(DatabaseOptions database, HostingOptions hosting)
    {
        if (database.Provider != DatabaseProvider.PostgreSql)
        {
            return new InMemoryStorage();
        }

        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = hosting.QueuePollInterval,
            // A job fetched by a worker that died becomes visible again after this, not after the 30-minute default;
            // the sliding timeout keeps long batches that are still running invisible.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = hosting.QueueInvisibilityTimeout,
            // Only Hangfire's own short-held locks (scheduler, recurring jobs) use its lock table now; a lock row left
            // by a session that a database restart killed should stall the scheduler for a minute, not ten.
            DistributedLockTimeout = TimeSpan.FromMinutes(1),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(database.ResolveConnectionString(), options), options);
    }
}
