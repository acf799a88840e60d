using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Security.Sessions;

/// <summary>
/// Re-checks an open page's login every <see cref="SessionOptions.CircuitRevalidationInterval"/>: once the account
/// is demoted, locked or logged out everywhere, the circuit's user becomes anonymous, so pages send it to login and
/// server-side checks (such as the editor guard) refuse its next action.
/// </summary>
internal sealed class FusionRevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<SessionOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => options.Value.CircuitRevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccountSessions>().IsCurrentAsync(authenticationState.User);
    }
}
