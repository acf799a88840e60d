using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace FusionStudio.Engine.Gateway;

/// <summary>How the model gateway retries and times out calls (section <c>Gateway</c>).</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>
    /// How long one call keeps retrying rate limits, server errors, timeouts and network errors, counted from its first
    /// attempt: a provider that answers some calls gets its storm waited out, and only one that stays down this long
    /// fails the call. Permanent errors (400, 401, 403, 404) are never retried.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan RetryBudget { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>An optional cap on those retries by count, within <see cref="RetryBudget"/>; none by default.</summary>
    [Range(0, 10_000)]
    public int? MaxRetries { get; set; }

    /// <summary>
    /// Retries for an empty answer or a malformed response, within <see cref="RetryBudget"/>. A provider's occasional
    /// cut-off body is weathered (six in a row at 1 % each is a one-in-10¹² event), while a model that always answers
    /// empty, or a base URL that serves a web page instead of the API, fails in about half a minute of backoff rather
    /// than the whole budget.
    /// </summary>
    [Range(0, 20)]
    public int MaxContentRetries { get; set; } = 5;

    /// <summary>The first backoff; it doubles per retry, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts, for backoff and for a provider's <c>Retry-After</c> alike.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Per-attempt timeout; null uses each provider's own timeout (<c>Provider.TimeoutSeconds</c>). Queueing behind
    /// the provider's limits does not count.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan? AttemptTimeout { get; set; }

    /// <summary>
    /// A pause before each answer of a <c>Simulated</c> provider, so a demo run visibly progresses. The host's chat
    /// service source for that kind applies it; the gateway only carries the setting.
    /// </summary>
    [Range(0, 60_000)]
    public int SimulatedLatencyMs { get; set; }

    /// <summary>Sampling for judge calls: deterministic and short, a verdict is small JSON.</summary>
    [Required]
    [ValidateObjectMembers]
    public CallDefaults Judge { get; set; } = new() { Temperature = 0, TopP = 1, MaxTokens = 512 };

    /// <summary>Sampling for fusor calls: a little freedom to write, room for a full answer.</summary>
    [Required]
    [ValidateObjectMembers]
    public CallDefaults Fusor { get; set; } = new() { Temperature = 0.3, TopP = 1, MaxTokens = 2048 };
}
