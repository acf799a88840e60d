using Microsoft.AspNetCore.Authentication;

namespace FusionStudio.Web.Security.ApiTokens;

public sealed class ApiTokenAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>
    /// How stale a token's "last used" may get. A script calling many times a second would otherwise write a row
    /// on every request; once a minute is precise enough to tell a living token from a forgotten one.
    /// </summary>
    public TimeSpan LastUsedInterval { get; set; } = TimeSpan.FromMinutes(1);
}
