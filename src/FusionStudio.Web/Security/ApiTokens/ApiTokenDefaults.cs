namespace FusionStudio.Web.Security.ApiTokens;

/// <summary>Names shared by the token scheme, the secrets it reads and the claims it issues.</summary>
public static class ApiTokenDefaults
{
    /// <summary>The scheme that reads <c>Authorization: Bearer fs_…</c> on API paths.</summary>
    public const string Scheme = "ApiToken";

    /// <summary>The default scheme: API paths go to <see cref="Scheme"/>, everything else to the login cookie.</summary>
    public const string SelectorScheme = "CookieOrApiToken";

    /// <summary>Every secret starts with this, so a leaked token is easy to recognise in logs and secret scanners.</summary>
    public const string SecretPrefix = "fs_";

    /// <summary>The claim that names the token a request came with.</summary>
    public const string TokenIdClaim = "fusionstudio:api_token_id";
}
