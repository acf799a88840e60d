using System.Globalization;
using FusionStudio.FakeOpenAi.Recording;

namespace FusionStudio.FakeOpenAi.Faults;

/// <summary>
/// Which fault to apply, and to which requests: all of them, the first K, or each with probability p (seeded, so a
/// run repeats). Written as a directive: <c>429</c>, <c>429:2</c> (first two), <c>500@0.25</c>; see
/// <see cref="FaultDirective"/>. Judge garbage counts judge requests only.
/// </summary>
public sealed record FaultRule(FaultKind Kind)
{
    /// <summary>When set, only the first this-many matching requests fail; later ones succeed.</summary>
    public int? FailFirst { get; init; }

    /// <summary>When set, each matching request fails with this probability.</summary>
    public double? Probability { get; init; }

    /// <summary>For a server-wide rule: count "first K" and draw probabilities per model instead of per server.</summary>
    public bool PerModel { get; init; }

    /// <summary>The <c>Retry-After</c> header of a rate-limit fault.</summary>
    public int RetryAfterSeconds { get; init; } = 1;

    public static FaultRule Always(FaultKind kind) => new(kind);

    public static FaultRule FirstRequests(FaultKind kind, int count) => new(kind) { FailFirst = count };

    public static FaultRule WithProbability(FaultKind kind, double probability) => new(kind) { Probability = probability };

    /// <summary>Judge garbage needs a judge request to garble; every other fault fits any request.</summary>
    public bool AppliesTo(FakeRequestKind kind) =>
        Kind != FaultKind.JudgeGarbage || kind.IsJudge();

    public override string ToString()
    {
        var kind = FaultDirective.KindName(Kind);
        return FailFirst is { } count ? $"{kind}:{count}"
            : Probability is { } p ? string.Create(CultureInfo.InvariantCulture, $"{kind}@{p}")
            : kind;
    }
}
