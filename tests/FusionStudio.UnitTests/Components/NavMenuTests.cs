using Bunit;
using FusionStudio.Data.Identity;
using FusionStudio.Web.Components.Layout;
using FusionStudio.Web.Security;

namespace FusionStudio.UnitTests.Components;

public sealed class NavMenuTests : MudTestContext
{
    [Fact]
    public void Admins_see_every_section()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("admin@example.test");
        auth.SetRoles(AppRoles.Admin);
        auth.SetPolicies(AuthorizationPolicies.Admin, AuthorizationPolicies.Editor);

        var links = LinkTexts(Render<NavMenu>());

        Assert.Equal(["Runs", "New run", "Datasets", "Providers", "Teacher pools", "Prompts", "Routers", "Admin"], links);
    }

    [Fact]
    public void Viewers_see_neither_new_run_nor_admin()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("viewer@example.test");
        auth.SetRoles(AppRoles.Viewer);

        var links = LinkTexts(Render<NavMenu>());

        Assert.DoesNotContain("Admin", links);
        Assert.DoesNotContain("New run", links);
        Assert.Contains("Datasets", links);
    }

    private static List<string> LinkTexts(IRenderedComponent<NavMenu> menu) =>
        menu.FindAll("a.mud-nav-link").Select(a => a.TextContent.Trim()).ToList();
}
