using FusionStudio.Data.Identity;
using FusionStudio.Web.Security.Sessions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace FusionStudio.Web.Components.Account;

internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A form post whose antiforgery token is checked, so that another site cannot log people out. Logging out
        // renews the security stamp: a copy of the cookie taken before stops working too, and so do the person's
        // other sessions (logout is "log out everywhere").
        endpoints.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery, SignInManager<AppUser> signIn, AccountSessions sessions) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Logout needs the form's antiforgery token",
                    detail: "Log out with the button in the user menu.");
            }

            if (await signIn.UserManager.GetUserAsync(context.User) is { } user)
            {
                await sessions.EndAllAsync(user);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        });
    }
}
