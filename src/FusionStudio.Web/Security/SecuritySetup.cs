using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Web.Security.ApiTokens;
using FusionStudio.Web.Security.Http;
using FusionStudio.Web.Security.KeyRing;
using FusionStudio.Web.Security.Sessions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace FusionStudio.Web.Security;

internal static class SecuritySetup
{
    public const string LoginPath = "/account/login";
    public const string AccessDeniedPath = "/account/denied";

    public const string CookieName = "FusionStudio.Auth";

    public static WebApplicationBuilder AddFusionSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        builder.AddFusionKeyRing();
        builder.AddFusionHttpHardening();
        services.AddCascadingAuthenticationState();
        var authentication = services.AddAuthentication(options =>
            {
                // Pages use the login cookie; API paths also accept a personal API token (see ApiTokenSetup).
                options.DefaultScheme = ApiTokenDefaults.SelectorScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            });
        authentication.AddIdentityCookies();
        authentication.AddFusionApiTokens();
        services.AddFusionSessions();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = LoginPath;
            options.AccessDeniedPath = AccessDeniedPath;
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => ApiAwareRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiAwareRedirect(context, StatusCodes.Status403Forbidden);
        });

        services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length over composition rules, as current password guidance advises.
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = 10;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<FusionDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();

        services.AddAuthorizationBuilder()
            // Every page and endpoint needs a signed-in user unless it says otherwise.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AuthorizationPolicies.Admin, policy => policy.RequireRole(AppRoles.Admin))
            .AddPolicy(AuthorizationPolicies.Editor, policy => policy.RequireRole(AppRoles.Admin, AppRoles.Member));

        return builder;
    }

    /// <summary>API callers get a status code; people in a browser get the login or access-denied page.</summary>
    private static Task ApiAwareRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int statusCode)
    {
        if (context.Request.Path.StartsWithSegments("/api") || Serving.ServingPaths.IsServing(context.Request))
        {
            context.Response.StatusCode = statusCode;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
