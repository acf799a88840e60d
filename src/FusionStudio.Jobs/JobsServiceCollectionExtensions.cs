using FusionStudio.Jobs.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.Jobs;

public static class JobsServiceCollectionExtensions
{
    /// <summary>Registers the jobs and the services that enqueue them. Hangfire itself is set up by the host.</summary>
    public static IServiceCollection AddFusionJobs(this IServiceCollection services)
    {
        services.AddTransient<ProbeQueueJob>();
        services.AddTransient<QueueProbeSender>();
        return services;
    }
}
