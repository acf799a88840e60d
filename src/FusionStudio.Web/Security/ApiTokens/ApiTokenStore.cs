using FusionStudio.Data;
using FusionStudio.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Security.ApiTokens;

/// <summary>Creates, lists and revokes personal API tokens. Every method is scoped to one owner unless it says otherwise.</summary>
public sealed class ApiTokenStore(IDbContextFactory<FusionDbContext> contexts, TimeProvider clock)
{
    public const int MaxNameLength = 100;

    /// <summary>More than anyone needs; a cap keeps a runaway script from filling the table.</summary>
    public const int MaxActiveTokensPerUser = 50;

    public async Task<ApiTokenCreateResult> CreateAsync(string userId, ApiTokenRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        ArgumentNullException.ThrowIfNull(request);
        var name = request.Name.Trim();
        var now = clock.GetUtcNow();
        if (name.Length is 0 or > MaxNameLength)
        {
            return new ApiTokenCreateResult(null, $"Enter a name of 1 to {MaxNameLength} characters, e.g. \"nightly export\".");
        }

        if (request.ExpiresAt is { } expires && expires <= now)
        {
            return new ApiTokenCreateResult(null, "The expiry date must be in the future.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId && t.RevokedAt == null)
            .Select(t => t.ExpiresAt).ToListAsync(cancellationToken);
        if (tokens.Count(e => e is null || e > now) >= MaxActiveTokensPerUser)
        {
            return new ApiTokenCreateResult(null, $"You have {MaxActiveTokensPerUser} active tokens. Revoke one you no longer use first.");
        }

        var secret = ApiTokenSecret.NewSecret();
        var token = new ApiToken
        {
            UserId = userId,
            Name = name,
            Prefix = secret.Prefix,
            SecretHash = secret.Hash,
            CreatedAt = now,
            ExpiresAt = request.ExpiresAt,
            ServingOnly = request.ServingOnly,
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return new ApiTokenCreateResult(new CreatedApiToken(ToItem(token, null, now), secret), null);
    }

    /// <summary>The owner's tokens, newest first.</summary>
    public Task<IReadOnlyList<ApiTokenItem>> ListAsync(string userId, CancellationToken cancellationToken = default) =>
        LoadAsync(userId, cancellationToken);

    /// <summary>Everyone's tokens, for admins.</summary>
    public Task<IReadOnlyList<ApiTokenItem>> ListAllAsync(CancellationToken cancellationToken = default) =>
        LoadAsync(null, cancellationToken);

    /// <summary>Revokes one of the owner's tokens. False when it is not theirs or already revoked.</summary>
    public Task<bool> RevokeAsync(string userId, int tokenId, CancellationToken cancellationToken = default) =>
        RevokeWhereAsync(tokenId, userId, cancellationToken);

    /// <summary>Revokes anyone's token, for admins.</summary>
    public Task<bool> RevokeAnyAsync(int tokenId, CancellationToken cancellationToken = default) =>
        RevokeWhereAsync(tokenId, null, cancellationToken);

    private async Task<bool> RevokeWhereAsync(int tokenId, string? userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && (userId == null || t.UserId == userId), cancellationToken);
        if (token is null || token.RevokedAt is not null)
        {
            return false;
        }

        token.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<ApiTokenItem>> LoadAsync(string? userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ApiTokens.AsNoTracking()
            .Where(t => userId == null || t.UserId == userId)
            .OrderByDescending(t => t.Id)
            .Select(t => new { Token = t, Email = db.Users.Where(u => u.Id == t.UserId).Select(u => u.Email).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return rows.Select(r => ToItem(r.Token, r.Email, now)).ToList();
    }

    private static ApiTokenItem ToItem(ApiToken token, string? ownerEmail, DateTimeOffset now) => new(
        token.Id, token.Name, token.Prefix, ownerEmail, token.CreatedAt, token.LastUsedAt, token.ExpiresAt, token.RevokedAt,
        token.RevokedAt is not null ? ApiTokenStatus.Revoked : token.IsActiveAt(now) ? ApiTokenStatus.Active : ApiTokenStatus.Expired);
}
