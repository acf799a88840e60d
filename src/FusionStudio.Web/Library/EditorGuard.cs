using FusionStudio.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace FusionStudio.Web.Library;

/// <summary>
/// The server-side check behind every library write. Hiding a button is not enough: a handler runs on the server, so
/// it asks the guard, which reads the circuit's authentication state and applies the Editor policy.
/// </summary>
public sealed class EditorGuard(AuthenticationStateProvider authentication, IAuthorizationService authorization)
{
    public const string RefusedMessage = "Your role can read the library but not change it. Ask an admin for the Member role.";

    public const string AdminOnlyMessage = "Only admins add, change or test providers: they hold the keys. Ask an admin.";

    /// <summary>An editor for the current user, or null when the user may only read.</summary>
    public async Task<LibraryEditor?> TryGetEditorAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        var result = await authorization.AuthorizeAsync(state.User, resource: null, AuthorizationPolicies.Editor);
        if (!result.Succeeded)
        {
            return null;
        }

        var admin = await authorization.AuthorizeAsync(state.User, resource: null, AuthorizationPolicies.Admin);
        return new LibraryEditor(state.User.Identity?.Name, admin.Succeeded);
    }
}
