using System.Security.Claims;
using System.Text.Encodings.Web;
using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Web.Serving;
using FusionStudio.Web.Serving.Wire;
using FusionStudio.Web.Security.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Security.ApiTokens;

/// <summary>
/// Authenticates API calls: a bearer token when one is sent, otherwise the login cookie, so a signed-in browser can
/// call the API too. A token signs in as its owner with the owner's roles as they are now, not as they were when the
/// token was made. Challenges and refusals are problem details, never redirects.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<ApiTokenAuthenticationOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IDbContextFactory<FusionDbContext> contexts,
    UserManager<AppUser> users,
    IUserClaimsPrincipalFactory<AppUser> principals,
    TimeProvider clock)
    : AuthenticationHandler<ApiTokenAuthenticationOptions>(options, logger, encoder)
{
    private const string BearerPrefix = "Bearer ";
    private const string Unknown = "The API token is not valid.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        var serving = ServingPaths.IsServing(Request);
        if (string.IsNullOrEmpty(header))
        {
            // The serving endpoint spends money on a plain POST: it takes a token only, so no page can make a
            // signed-in browser call it.
            return serving ? AuthenticateResult.NoResult() : await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        }

        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("Send the token as \"Authorization: Bearer fs_…\".");
        }

        var secret = header[BearerPrefix.Length..].Trim();
        if (!ApiTokenSecret.HasValidShape(secret))
        {
            return AuthenticateResult.Fail(Unknown);
        }

        await using var db = await contexts.CreateDbContextAsync(Context.RequestAborted);
        var hash = ApiTokenSecret.HashOf(secret);
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.SecretHash == hash, Context.RequestAborted);
        if (token is null)
        {
            return AuthenticateResult.Fail(Unknown);
        }

        var now = clock.GetUtcNow();
        if (token.RevokedAt is not null)
        {
            return AuthenticateResult.Fail("This API token was revoked.");
        }

        if (!token.IsActiveAt(now))
        {
            return AuthenticateResult.Fail("This API token has expired.");
        }

        if (token.ServingOnly && !serving)
        {
            return AuthenticateResult.Fail($"This API token may only call the serving endpoint ({ServingPaths.Root}/chat/completions, {ServingPaths.Root}/models).");
        }

        // A lockout after wrong passwords leaves tokens working: they are a separate credential, and anyone who knows
        // the email could otherwise switch off its owner's automation. An admin's lock switches them off.
        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || AccountLock.IsLockedByAdmin(user))
        {
            return AuthenticateResult.Fail("The owner of this API token cannot sign in.");
        }

        if (token.LastUsedAt is not { } lastUsed || now - lastUsed >= Options.LastUsedInterval)
        {
            await db.ApiTokens.Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        // The same claims a login cookie would carry, built from the user's roles as they are now.
        var owner = await principals.CreateAsync(user);
        var claims = owner.Claims.Append(new Claim(ApiTokenDefaults.TokenIdClaim, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var identity = new ClaimsIdentity(claims, Scheme.Name, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        Response.Headers.WWWAuthenticate = "Bearer";
        if (ServingPaths.IsServing(Request))
        {
            await new ServingError(StatusCodes.Status401Unauthorized, new OpenAiErrorDetail(
                result.Failure?.Message ?? "Send a personal API token as \"Authorization: Bearer fs_…\" (create one under API tokens).",
                "authentication_error", null, "invalid_api_key")).WriteAsync(Context);
            return;
        }

        await ApiProblemWriter.WriteAsync(Context, StatusCodes.Status401Unauthorized, "Authentication required",
            result.Failure?.Message ?? "Send a personal API token as \"Authorization: Bearer fs_…\" (create one under API tokens), or sign in.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ServingPaths.IsServing(Request)
            ? new ServingError(StatusCodes.Status403Forbidden, new OpenAiErrorDetail(
                "Your role cannot call recipes: answering spends money, which needs the Member or Admin role; ask an admin.",
                "permission_error", null, "insufficient_role")).WriteAsync(Context)
            : ApiProblemWriter.WriteAsync(Context, StatusCodes.Status403Forbidden, "Forbidden",
            "Your role cannot do this. Changing data needs the Member or Admin role; ask an admin.");
}
