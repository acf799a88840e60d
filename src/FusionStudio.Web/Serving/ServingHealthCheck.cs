using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FusionStudio.Web.Serving;

/// <summary>Served traffic since this process started, per recipe, in the health report's details; never unhealthy.</summary>
internal sealed class ServingHealthCheck(ServingMetrics metrics, RecipeGate gate) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var tallies = metrics.Tallies();
        var inFlight = gate.InFlight();
        var data = new Dictionary<string, object>();
        foreach (var (recipe, tally) in tallies)
        {
            data[recipe] = new
            {
                tally.Answered,
                tally.Fallback,
                tally.Failed,
                tally.Rejected,
                InFlight = inFlight.GetValueOrDefault(recipe),
            };
        }

        var served = tallies.Values.Sum(t => t.Answered + t.Fallback + t.Failed);
        return Task.FromResult(HealthCheckResult.Healthy($"{served} request(s) served by {tallies.Count} recipe(s) since start.", data));
    }
}
