using System.Security.Claims;
using FusionStudio.Web.Library;
using FusionStudio.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace FusionStudio.Web;

/// <summary>
/// The server-side half of "Editors only", for every feature that writes (library, runs, reviews, scaling, log
/// imports): pages hide the buttons, and every write checks again here, since a hidden button is no protection on its
/// own. It lives in the web project's root namespace because every feature uses it.
/// </summary>
public sealed class EditorCheck(IAuthorizationService authorization)
{
    public const string Denied = "Your role can read but not change anything. Ask an admin for the Member role.";

    public const string AdminOnlyMessage = "Only admins add, change or test providers: they hold the keys. Ask an admin.";

    public async Task<bool> AllowsAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, AuthorizationPolicies.Editor)).Succeeded;

    /// <summary>The proof that library stores ask for, or null when the user may only read.</summary>
    public async Task<LibraryEditor?> TryGetEditorAsync(ClaimsPrincipal user)
    {
        if (!await AllowsAsync(user))
        {
            return null;
        }

        var admin = await authorization.AuthorizeAsync(user, AuthorizationPolicies.Admin);
        return new LibraryEditor(user.Identity?.Name, admin.Succeeded);
    }

    /// <summary>The same for a page, from the circuit's cascading authentication state (none: nobody signed in).</summary>
    public async Task<LibraryEditor?> TryGetEditorAsync(Task<AuthenticationState>? state) =>
        state is null ? null : await TryGetEditorAsync((await state).User);
}
