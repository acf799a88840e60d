namespace FusionStudio.Domain.Access;

/// <summary>
/// A personal API token. Only a hash of the secret is stored; the secret itself is shown once, when it is created.
/// The token acts with its owner's roles.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    /// <summary>The first characters of the secret, safe to show, so people can tell their tokens apart.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the whole secret, hex encoded.</summary>
    public required string SecretHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>True: the token may only call the serving endpoint (<c>/v1</c>), never the rest of the API.</summary>
    public bool ServingOnly { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
