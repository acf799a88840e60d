using System.Collections.Concurrent;
using System.Globalization;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Simulation;

namespace FusionStudio.FakeOpenAi.Faults;

/// <summary>Counts the requests each rule has seen, so "first K" and seeded probabilities are decided per counter.</summary>
internal sealed class FaultCounters
{
    private readonly ConcurrentDictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>The fault this request gets under the rule, if any; requests the rule does not apply to are not counted.</summary>
    /// <param name="counterKey">Which requests share a count: the server, a model, a model-name directive, a header value.</param>
    public FaultRule? Decide(FaultRule rule, string counterKey, FakeRequestKind kind, long seed)
    {
        if (!rule.AppliesTo(kind))
        {
            return null;
        }

        var ordinal = _seen.AddOrUpdate(counterKey, 1, (_, count) => count + 1);
        if (rule.FailFirst is { } failFirst)
        {
            return ordinal <= failFirst ? rule : null;
        }

        if (rule.Probability is null)
        {
            return rule;
        }

        var draw = StableHash.UnitInterval(seed.ToString(CultureInfo.InvariantCulture), counterKey, ordinal.ToString(CultureInfo.InvariantCulture));
        return rule.ForDraw(draw);
    }

    public void Reset() => _seen.Clear();
}
