using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace FusionStudio.Web.Security.ApiTokens;

/// <summary>
/// A token's secret: <c>fs_</c> and 32 random bytes in base64url. Only its SHA-256 is stored; with 256 random bits a
/// plain hash is enough, since nobody can guess a secret to test against it.
/// </summary>
public sealed record ApiTokenSecret(string Value)
{
    private const int RandomBytes = 32;

    /// <summary>How many characters of the secret are stored and shown, to tell tokens apart.</summary>
    public const int VisiblePrefixLength = 10;

    private static readonly int SecretLength = ApiTokenDefaults.SecretPrefix.Length + WebEncoders.Base64UrlEncode(new byte[RandomBytes]).Length;

    private static readonly SearchValues<char> Base64UrlAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public string Prefix => Value[..VisiblePrefixLength];

    public string Hash => HashOf(Value);

    public static ApiTokenSecret NewSecret() =>
        new(ApiTokenDefaults.SecretPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(RandomBytes)));

    /// <summary>Lower-case hex SHA-256 of the UTF-8 secret, as stored in <c>ApiToken.SecretHash</c>.</summary>
    public static string HashOf(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
    }

    /// <summary>Whether a presented value has the shape of a secret; anything else is refused before the database is asked.</summary>
    public static bool HasValidShape(string value) =>
        value.Length == SecretLength
        && value.StartsWith(ApiTokenDefaults.SecretPrefix, StringComparison.Ordinal)
        && value.AsSpan(ApiTokenDefaults.SecretPrefix.Length).ContainsAnyExcept(Base64UrlAlphabet) is false;

    public override string ToString() => Prefix + "…";
}
