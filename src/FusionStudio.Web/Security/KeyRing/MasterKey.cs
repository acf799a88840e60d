using System.Security.Cryptography;

namespace FusionStudio.Web.Security.KeyRing;

/// <summary>A 256-bit key that encrypts key-ring entries, and its id: a fingerprint that names it without giving it away.</summary>
public sealed class MasterKey
{
    public const int Length = 32;

    private MasterKey(byte[] key)
    {
        Key = key;
        Id = Convert.ToHexStringLower(SHA256.HashData(key).AsSpan(0, 8));
    }

    public string Id { get; }

    internal byte[] Key { get; }

    public static MasterKey CreateRandom() => new(RandomNumberGenerator.GetBytes(Length));

    /// <exception cref="KeyRingConfigurationException">Not base64 of exactly 32 bytes.</exception>
    public static MasterKey Parse(string text, string setting)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            throw new KeyRingConfigurationException($"{setting} is not base64: generate one with `openssl rand -base64 32`.");
        }

        return key.Length == Length
            ? new MasterKey(key)
            : throw new KeyRingConfigurationException($"{setting} must be {Length} bytes in base64 (it has {key.Length}): generate one with `openssl rand -base64 32`.");
    }

    public string ToBase64() => Convert.ToBase64String(Key);
}
