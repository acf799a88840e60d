using System.Globalization;
using FusionStudio.FakeOpenAi.Faults;

namespace FusionStudio.FakeOpenAi;

/// <summary>
/// Per-request settings carried in the model name, because Semantic Kernel's connector cannot set headers per call:
/// <c>teacher-a#fault=429:2#latency=200#retry-after=3</c>. Keys: fault (a <see cref="FaultDirective"/>),
/// latency (milliseconds), retry-after (seconds).
/// </summary>
public sealed record ModelDirectives(string BaseModel, FaultRule? Fault, int? LatencyMs, int? RetryAfterSeconds)
{
    /// <exception cref="FormatException">A directive is unknown or its value does not parse.</exception>
    public static ModelDirectives Parse(string model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var parts = model.Split('#');
        var directives = new ModelDirectives(parts[0], null, null, null);
        foreach (var part in parts.Skip(1))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? part : part[..equals];
            var value = equals < 0 ? string.Empty : part[(equals + 1)..];
            directives = key.ToLowerInvariant() switch
            {
                "fault" => directives with { Fault = FaultDirective.Parse(value) },
                "latency" => directives with { LatencyMs = ParseCount(value, part) },
                "retry-after" => directives with { RetryAfterSeconds = ParseCount(value, part) },
                _ => throw new FormatException($"Unknown model directive '{part}'. Use fault=, latency= or retry-after=."),
            };
        }

        return directives;
    }

    internal static int ParseCount(string value, string context) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"'{value}' is not a whole non-negative number in '{context}'.");
}
