using System.Globalization;

namespace FusionStudio.FakeOpenAi.Faults;

/// <summary>
/// The text form of a <see cref="FaultRule"/>, used in model names (<c>teacher-a#fault=429:2</c>), in the
/// <c>X-Fake-Fault</c> header and in <c>POST /_fake/config</c>: <c>KIND</c>, <c>KIND:COUNT</c> (the first COUNT
/// matching requests) or <c>KIND@PROBABILITY</c>, or a storm of probability directives joined with <c>+</c>
/// (<c>429@0.2+500@0.05+timeout@0.02+malformed@0.01</c>). KIND is one of 429 (or rate-limit), 500 (or
/// server-error), timeout, malformed, empty, judge-garbage.
/// </summary>
public static class FaultDirective
{
    private static readonly Dictionary<string, FaultKind> s_kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["429"] = FaultKind.RateLimit,
        ["rate-limit"] = FaultKind.RateLimit,
        ["500"] = FaultKind.ServerError,
        ["server-error"] = FaultKind.ServerError,
        ["timeout"] = FaultKind.Timeout,
        ["malformed"] = FaultKind.Malformed,
        ["empty"] = FaultKind.Empty,
        ["judge-garbage"] = FaultKind.JudgeGarbage,
    };

    /// <exception cref="FormatException">The text is not a fault directive.</exception>
    public static FaultRule Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Contains('+', StringComparison.Ordinal))
        {
            return ParseStorm(text);
        }

        var separator = text.IndexOfAny([':', '@']);
        var kindText = separator < 0 ? text : text[..separator];
        if (!s_kinds.TryGetValue(kindText.Trim(), out var kind))
        {
            throw new FormatException($"Unknown fault '{kindText}'. Use one of: {string.Join(", ", s_kinds.Keys)}.");
        }

        if (separator < 0)
        {
            return FaultRule.Always(kind);
        }

        var argument = text[(separator + 1)..].Trim();
        if (text[separator] == ':')
        {
            return int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 0
                ? FaultRule.FirstRequests(kind, count)
                : throw new FormatException($"'{argument}' is not a request count in fault '{text}'.");
        }

        return double.TryParse(argument, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 1
            ? FaultRule.WithProbability(kind, p)
            : throw new FormatException($"'{argument}' is not a probability between 0 and 1 in fault '{text}'.");
    }

    private static FaultRule ParseStorm(string text)
    {
        var rules = text.Split('+', StringSplitOptions.TrimEntries).Select(Parse).ToList();
        if (rules.Any(r => r.Probability is null || r.Mix.Count > 0 || r.Kind == FaultKind.JudgeGarbage))
        {
            throw new FormatException($"A storm mixes probability faults only (KIND@P+KIND@P…), not judge garbage: '{text}'.");
        }

        return rules.Sum(r => r.Probability!.Value) <= 1
            ? FaultRule.Storm(rules)
            : throw new FormatException($"The probabilities of storm '{text}' add up to more than 1.");
    }

    public static string KindName(FaultKind kind) => kind switch
    {
        FaultKind.RateLimit => "429",
        FaultKind.ServerError => "500",
        FaultKind.Timeout => "timeout",
        FaultKind.Malformed => "malformed",
        FaultKind.Empty => "empty",
        _ => "judge-garbage",
    };
}
