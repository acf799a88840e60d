using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FusionStudio.Data.RunChanges;

public static class RunChangeServiceCollectionExtensions
{
    /// <summary>
    /// Run-change notices from the writers to open pages: through PostgreSQL LISTEN/NOTIFY when workers may be other
    /// processes, in memory for the embedded default.
    /// </summary>
    public static IServiceCollection AddRunChanges(this IServiceCollection services, DatabaseProvider provider)
    {
        services.TryAddSingleton<RunChangeFeed>();
        services.TryAddSingleton<IRunChangeNotifier, CoalescingRunChangeNotifier>();
        if (provider == DatabaseProvider.PostgreSql)
        {
            services.TryAddSingleton<IRunChangeTransport, PostgresRunChangeTransport>();
            services.AddHostedService<PostgresRunChangeListener>();
        }
        else
        {
            services.TryAddSingleton<IRunChangeTransport, InProcessRunChangeTransport>();
        }

        return services;
    }
}
