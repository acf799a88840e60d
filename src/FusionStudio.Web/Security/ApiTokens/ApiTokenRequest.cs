namespace FusionStudio.Web.Security.ApiTokens;

/// <summary>What a person asks for: a name to recognise the token by, and when it should stop working (null: never).</summary>
public sealed record ApiTokenRequest(string Name, DateTimeOffset? ExpiresAt)
{
    /// <summary>True: the token may only call the serving endpoint, e.g. for an application that uses a recipe.</summary>
    public bool ServingOnly { get; init; }
}
