using FusionStudio.Data.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Security.Sessions;

internal static class SessionSetup
{
    /// <summary>
    /// Login cookies are checked against the account (security stamp, roles) on every request, or as often as
    /// <see cref="SessionOptions.CookieValidationInterval"/> says; open pages re-check on a timer.
    /// </summary>
    public static IServiceCollection AddFusionSessions(this IServiceCollection services)
    {
        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddScoped<ISecurityStampValidator, SecurityStampValidator<AppUser>>();
        services.AddOptions<SecurityStampValidatorOptions>().Configure<IOptions<SessionOptions>>((stamp, sessions) =>
            stamp.ValidationInterval = sessions.Value.CookieValidationInterval);
        services.AddScoped<AccountSessions>();
        services.AddScoped<UserAccessCommands>();
        services.AddScoped<Components.Account.PasswordLogin>();
        services.AddScoped<AuthenticationStateProvider, FusionRevalidatingAuthenticationStateProvider>();
        return services;
    }
}
