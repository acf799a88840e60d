using Microsoft.AspNetCore.DataProtection;

namespace FusionStudio.Data.Security;

/// <summary>
/// Encrypts provider API keys at rest with ASP.NET Core Data Protection. The keys' keys live in the database, so
/// every web and worker process can decrypt what another encrypted.
/// </summary>
public sealed class ApiKeyProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("FusionStudio.ProviderApiKeys.v1");

    public string Protect(string apiKey) => _protector.Protect(apiKey);

    /// <summary>The plain key, or null when none is stored. Never log or render the result.</summary>
    public string? Unprotect(string? protectedKey) =>
        string.IsNullOrEmpty(protectedKey) ? null : _protector.Unprotect(protectedKey);

    /// <summary>How the key is shown: never the key, only a hint that one is stored.</summary>
    public static string Mask(bool hasKey) => hasKey ? "•••••••• (stored encrypted)" : "none";
}
