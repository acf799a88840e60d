namespace FusionStudio.Web.Security.ApiTokens;

/// <summary>What a person asks for: a name to recognise the token by, and when it should stop working (null: never).</summary>
public sealed record ApiTokenRequest(string Name, DateTimeOffset? ExpiresAt);
