using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using FusionStudio.Domain.Recipes;

namespace FusionStudio.Web.Serving;

/// <summary>
/// Served traffic as <see cref="System.Diagnostics.Metrics"/> instruments (meter <c>FusionStudio.Serving</c>), which an
/// OpenTelemetry exporter picks up when one is configured, and as a tally since start for <c>/healthz/details</c>.
/// </summary>
public sealed class ServingMetrics : IDisposable
{
    public const string MeterName = "FusionStudio.Serving";

    private readonly Meter _meter;
    private readonly Counter<long> _requests;
    private readonly Counter<long> _rejected;
    private readonly Histogram<double> _duration;
    private readonly Counter<double> _cost;
    private readonly ConcurrentDictionary<string, RecipeTally> _tallies = new(StringComparer.Ordinal);

    public ServingMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _requests = _meter.CreateCounter<long>("fusionstudio.serving.requests", "{request}", "Requests a recipe answered or failed, by recipe and outcome.");
        _rejected = _meter.CreateCounter<long>("fusionstudio.serving.rejected", "{request}", "Requests turned away with 429, by recipe and reason.");
        _duration = _meter.CreateHistogram<double>("fusionstudio.serving.duration", "s", "Time from a request's arrival to its answer.");
        _cost = _meter.CreateCounter<double>("fusionstudio.serving.cost", "{currency}", "What the served requests' calls cost.");
    }

    public void Served(string recipe, ServedOutcome outcome, TimeSpan duration, decimal cost)
    {
        var tags = new KeyValuePair<string, object?>[] { new("recipe", recipe), new("outcome", outcome.ToString().ToLowerInvariant()) };
        _requests.Add(1, tags);
        _duration.Record(duration.TotalSeconds, tags);
        _cost.Add((double)cost, new KeyValuePair<string, object?>("recipe", recipe));
        _tallies.GetOrAdd(recipe, _ => new RecipeTally()).Add(outcome);
    }

    public void Rejected(string recipe, string reason)
    {
        _rejected.Add(1, new("recipe", recipe), new("reason", reason));
        _tallies.GetOrAdd(recipe, _ => new RecipeTally()).Reject();
    }

    /// <summary>Counts since this process started, per recipe.</summary>
    public IReadOnlyDictionary<string, RecipeTallySnapshot> Tallies() =>
        _tallies.ToDictionary(t => t.Key, t => t.Value.Read(), StringComparer.Ordinal);

    public void Dispose() => _meter.Dispose();
}
