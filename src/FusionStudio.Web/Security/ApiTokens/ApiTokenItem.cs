namespace FusionStudio.Web.Security.ApiTokens;

/// <summary>A token as lists show it: never the secret, only its first characters.</summary>
public sealed record ApiTokenItem(
    int Id,
    string Name,
    string Prefix,
    string? OwnerEmail,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt,
    ApiTokenStatus Status);
