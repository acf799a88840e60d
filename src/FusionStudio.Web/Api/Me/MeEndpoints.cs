using System.Security.Claims;
using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Web.Security.ApiTokens;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Api.Me;

internal static class MeEndpoints
{
    public static RouteGroupBuilder MapMeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/me", GetAsync)
            .WithName("GetMe")
            .WithTags(ApiTags.Account)
            .WithSummary("Who am I")
            .WithDescription("The user the request acts as, with their current roles, and whether a token or a login cookie was used.");
        return api;
    }

    private static async Task<Ok<MeResponse>> GetAsync(
        ClaimsPrincipal user, IAuthorizationService authorization, IDbContextFactory<FusionDbContext> contexts, CancellationToken cancellationToken)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var tokenId = user.FindFirstValue(ApiTokenDefaults.TokenIdClaim);
        string? prefix = null;
        if (int.TryParse(tokenId, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            prefix = await db.ApiTokens.Where(t => t.Id == id).Select(t => t.Prefix).SingleOrDefaultAsync(cancellationToken);
        }

        var canEdit = (await authorization.AuthorizeAsync(user, Security.AuthorizationPolicies.Editor)).Succeeded;
        return TypedResults.Ok(new MeResponse(
            userId,
            user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name,
            AppRoles.All.Where(user.IsInRole).ToList(),
            canEdit,
            tokenId is null ? "cookie" : "token",
            prefix));
    }
}
