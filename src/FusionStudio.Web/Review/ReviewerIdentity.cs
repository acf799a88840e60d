using System.Security.Claims;

namespace FusionStudio.Web.Review;

/// <summary>The signed-in person's user id, which reviews are stored under.</summary>
public static class ReviewerIdentity
{
    public static string? Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
    }
}
