using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FusionStudio.Web.Health;

/// <summary>Reports whether the job queue's storage answers, and how many workers and jobs it sees.</summary>
internal sealed class QueueHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var monitoring = storage.GetMonitoringApi();
            var statistics = monitoring.GetStatistics();
            var data = new Dictionary<string, object>
            {
                ["workers"] = statistics.Servers,
                ["enqueued"] = statistics.Enqueued,
                ["processing"] = statistics.Processing,
                ["failed"] = statistics.Failed,
            };

            return Task.FromResult(statistics.Servers == 0
                ? HealthCheckResult.Degraded("No worker is connected to the queue.", data: data)
                : HealthCheckResult.Healthy($"{statistics.Servers} worker(s) connected.", data));
        }
        catch (Exception exception)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The queue's storage does not answer.", exception));
        }
    }
}
