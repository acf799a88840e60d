using System.ComponentModel.DataAnnotations;
using FusionStudio.Domain.Providers;

namespace FusionStudio.Web.Library;

/// <summary>
/// What the provider form edits. It never holds the stored key: <see cref="ApiKey"/> is only what the person types,
/// <see cref="HasStoredKey"/> says whether one is stored.
/// </summary>
public sealed class ProviderInput
{
    [Required(ErrorMessage = "Enter a name.")]
    [StringLength(120, ErrorMessage = "Keep the name under 120 characters.")]
    public string Name { get; set; } = "";

    /// <summary>Set by the store; a form cannot turn a provider into another kind.</summary>
    public ProviderKind Kind { get; set; } = ProviderKind.OpenAiCompatible;

    [ProviderBaseUrl]
    [StringLength(500, ErrorMessage = "Keep the URL under 500 characters.")]
    public string BaseUrl { get; set; } = "";

    /// <summary>A new key typed in the form; empty keeps the stored one.</summary>
    [StringLength(4000, ErrorMessage = "That key is too long.")]
    public string? ApiKey { get; set; }

    public bool HasStoredKey { get; set; }

    /// <summary>Removes the stored key on save (when no new key is typed).</summary>
    public bool RemoveKey { get; set; }

    [Range(1, 3600, ErrorMessage = "Between 1 and 3600 seconds.")]
    public int TimeoutSeconds { get; set; } = 120;

    [Range(1, 1000, ErrorMessage = "Between 1 and 1000 calls at once.")]
    public int MaxConcurrency { get; set; } = 8;

    [Range(1, 1_000_000, ErrorMessage = "Leave empty for no limit, or enter at least 1.")]
    public int? RequestsPerMinute { get; set; }

    [Range(1, 1_000_000_000, ErrorMessage = "Leave empty for no limit, or enter at least 1.")]
    public int? TokensPerMinute { get; set; }

    [Range(0.0, 1_000_000.0, ErrorMessage = "Enter a price of 0 or more (US$ per million tokens).")]
    public decimal InputPricePerMillionTokens { get; set; }

    [Range(0.0, 1_000_000.0, ErrorMessage = "Enter a price of 0 or more (US$ per million tokens).")]
    public decimal OutputPricePerMillionTokens { get; set; }

    public bool IsSimulated => Kind == ProviderKind.Simulated;
}
