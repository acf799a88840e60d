using System.Security.Claims;
using FusionStudio.Data.Identity;

namespace FusionStudio.UnitTests.Review;

/// <summary>Signed-in people as the app's cookie describes them: user id, name and role.</summary>
public static class Reviewers
{
    public static ClaimsPrincipal Member(string id) => Person(id, AppRoles.Member);

    public static ClaimsPrincipal Viewer(string id) => Person(id, AppRoles.Viewer);

    private static ClaimsPrincipal Person(string id, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, $"{id}@example.test"), new Claim(ClaimTypes.Role, role)], "test"));
}
