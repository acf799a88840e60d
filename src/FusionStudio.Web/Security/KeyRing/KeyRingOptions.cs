namespace FusionStudio.Web.Security.KeyRing;

/// <summary>
/// The key that encrypts the Data Protection key ring (which encrypts provider API keys and login cookies). It is
/// never stored in the database, so a copy of the database alone decrypts nothing. Section <c>DataProtection</c>.
/// </summary>
public sealed class KeyRingOptions
{
    public const string SectionName = "DataProtection";

    /// <summary>
    /// 32 random bytes in base64 (<c>openssl rand -base64 32</c>), from the environment, user-secrets or a secret
    /// store. Required with PostgreSQL in Production; with SQLite a key file beside the database file is used when
    /// none is set.
    /// </summary>
    public string? MasterKey { get; set; }

    /// <summary>Master keys that were replaced: kept only to read key-ring entries they encrypted (see README, key rotation).</summary>
    public string[] PreviousMasterKeys { get; set; } = [];
}
