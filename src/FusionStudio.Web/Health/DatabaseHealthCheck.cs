using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FusionStudio.Web.Health;

/// <summary>Unhealthy while the database does not answer, healthy as soon as it does again.</summary>
internal sealed class DatabaseHealthCheck(DatabaseProbe probe, DatabaseStatus status) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problem = await probe.ProblemAsync(cancellationToken);
        status.Report(problem);
        return problem is null ? HealthCheckResult.Healthy("The database answers.") : HealthCheckResult.Unhealthy(problem);
    }
}
