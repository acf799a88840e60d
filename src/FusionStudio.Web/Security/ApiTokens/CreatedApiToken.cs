namespace FusionStudio.Web.Security.ApiTokens;

/// <summary>A new token and its secret: the only moment the secret exists outside its owner's hands.</summary>
public sealed record CreatedApiToken(ApiTokenItem Token, ApiTokenSecret Secret);
