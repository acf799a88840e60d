using System.Security.Claims;
using FusionStudio.Web.Security;
using Microsoft.AspNetCore.Authorization;

namespace FusionStudio.Web.Runs;

/// <summary>
/// The server-side half of "Editors only": pages hide the buttons, and every write checks again here, since a
/// hidden button is no protection on its own.
/// </summary>
public sealed class EditorCheck(IAuthorizationService authorization)
{
    public const string Denied = "Your role cannot change runs. Ask an admin for the Member role.";

    public async Task<bool> AllowsAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, AuthorizationPolicies.Editor)).Succeeded;
}
