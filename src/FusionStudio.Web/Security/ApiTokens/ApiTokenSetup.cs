using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace FusionStudio.Web.Security.ApiTokens;

internal static class ApiTokenSetup
{
    /// <summary>
    /// Adds the token scheme and makes the default scheme choose by path: API paths accept a token or the cookie,
    /// pages only the cookie (a token in a page request is ignored).
    /// </summary>
    public static AuthenticationBuilder AddFusionApiTokens(this AuthenticationBuilder authentication)
    {
        authentication.Services.AddTransient<ApiTokenStore>();
        authentication.AddScheme<ApiTokenAuthenticationOptions, ApiTokenAuthenticationHandler>(ApiTokenDefaults.Scheme, "API token", _ => { });
        authentication.AddPolicyScheme(ApiTokenDefaults.SelectorScheme, "Cookie or API token", options =>
            options.ForwardDefaultSelector = context =>
                ApiPaths.IsApi(context.Request) ? ApiTokenDefaults.Scheme : IdentityConstants.ApplicationScheme);
        return authentication;
    }
}
