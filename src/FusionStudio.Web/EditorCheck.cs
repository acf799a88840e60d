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

    public async Task<bool> AllowsAsync(ClaimsPrincipal user) =>
        (await authorization.AuthorizeAsync(user, AuthorizationPolicies.Editor)).Succeeded;

    /// <summary>The proof that library stores ask for, or null when the user may only read.</summary>
    public async Task<LibraryEditor?> TryGetEditorAsync(ClaimsPrincipal user) =>
        await AllowsAsync(user) ? new LibraryEditor(user.Identity?.Name) : null;

    /// <summary>The same for a page, from the circuit's cascading authentication state (none: nobody signed in).</summary>
    public async Task<LibraryEditor?> TryGetEditorAsync(Task<AuthenticationState>? state) =>
        state is null ? null : await TryGetEditorAsync((await state).User);
}
