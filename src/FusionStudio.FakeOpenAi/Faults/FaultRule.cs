using System.Globalization;
using FusionStudio.FakeOpenAi.Recording;

namespace FusionStudio.FakeOpenAi.Faults;

/// <summary>
/// Which fault to apply, and to which requests: all of them, the first K, or each with probability p (seeded, so a
/// run repeats), or a storm: several probability rules of which each request gets at most one (<c>429@0.2+500@0.05</c>).
/// Written as a directive: <c>429</c>, <c>429:2</c> (first two), <c>500@0.25</c>; see <see cref="FaultDirective"/>.
/// Judge garbage counts judge requests only.
/// </summary>
public sealed record FaultRule(FaultKind Kind)
{
    /// <summary>When set, only the first this-many matching requests fail; later ones succeed.</summary>
    public int? FailFirst { get; init; }

    /// <summary>When set, each matching request fails with this probability.</summary>
    public double? Probability { get; init; }

    /// <summary>For a server-wide rule: count "first K" and draw probabilities per model instead of per server.</summary>
    public bool PerModel { get; init; }

    /// <summary>For a storm: the probability rules it mixes, drawn with one number per request so their shares add up.</summary>
    public IReadOnlyList<FaultRule> Mix { get; init; } = [];

    /// <summary>The <c>Retry-After</c> header of a rate-limit fault.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    public static FaultRule Always(FaultKind kind) => new(kind);

    public static FaultRule FirstRequests(FaultKind kind, int count) => new(kind) { FailFirst = count };

    public static FaultRule WithProbability(FaultKind kind, double probability) => new(kind) { Probability = probability };

    /// <summary>A storm of probability rules; their probabilities must add up to at most 1.</summary>
    public static FaultRule Storm(IReadOnlyList<FaultRule> rules) =>
        new(rules[0].Kind) { Mix = rules, Probability = rules.Sum(r => r.Probability ?? 0) };

    /// <summary>
    /// The fault a request gets for a draw in [0, 1): a storm walks its rules' shares, a plain probability rule is
    /// hit below its probability.
    /// </summary>
    public FaultRule? ForDraw(double draw)
    {
        if (Mix.Count == 0)
        {
            return draw < (Probability ?? 1) ? this : null;
        }

        var bound = 0.0;
        foreach (var rule in Mix)
        {
            bound += rule.Probability ?? 0;
            if (draw < bound)
            {
                return rule with { RetryAfterSeconds = RetryAfterSeconds };
            }
        }

        return null;
    }

    /// <summary>Judge garbage needs a judge request to garble; every other fault fits any request.</summary>
    public bool AppliesTo(FakeRequestKind kind) =>
        Kind != FaultKind.JudgeGarbage || kind.IsJudge();

    public override string ToString()
    {
        if (Mix.Count > 0)
        {
            return string.Join('+', Mix);
        }

        var kind = FaultDirective.KindName(Kind);
        return FailFirst is { } count ? $"{kind}:{count}"
            : Probability is { } p ? string.Create(CultureInfo.InvariantCulture, $"{kind}@{p}")
            : kind;
    }
}
