namespace FusionStudio.Web.Security.ApiTokens;

/// <summary>The new token, or why none was made.</summary>
public sealed record ApiTokenCreateResult(CreatedApiToken? Created, string? Error)
{
    public bool Succeeded => Created is not null;
}
