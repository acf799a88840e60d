using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
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

        Assert.Equal(["Runs", "New run", "Datasets", "Providers", "Teacher pools", "Templates", "Routers", "Thought templates", "Recipes", "Admin"], links);
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

    [Theory]
    [InlineData("runs/7")]
    [InlineData("runs/7/report")]
    [InlineData("runs/7/prompts/12?at=3")]
    [InlineData("runs/compare?a=1&b=2")]
    public void Runs_stays_lit_on_every_page_of_a_run(string path)
    {
        AddAuthorization().SetAuthorized("member@example.test");
        Services.GetRequiredService<NavigationManager>().NavigateTo(path);

        var menu = Render<NavMenu>();

        Assert.Equal("Runs", menu.Find(".fs-nav-current a.mud-nav-link").TextContent.Trim());
    }

    [Fact]
    public void A_new_run_lights_its_own_link_not_runs()
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("editor@example.test");
        auth.SetPolicies(AuthorizationPolicies.Editor);
        Services.GetRequiredService<NavigationManager>().NavigateTo("runs/new");

        var menu = Render<NavMenu>();

        Assert.Empty(menu.FindAll(".fs-nav-current"));
        Assert.Equal("New run", menu.Find("a.mud-nav-link.active").TextContent.Trim());
    }

    [Fact]
    public void The_light_follows_navigation()
    {
        AddAuthorization().SetAuthorized("member@example.test");
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("datasets");
        var menu = Render<NavMenu>();
        Assert.Empty(menu.FindAll(".fs-nav-current"));

        navigation.NavigateTo("runs/3/review");

        menu.WaitForAssertion(() => Assert.Single(menu.FindAll(".fs-nav-current")));
    }

    private static List<string> LinkTexts(IRenderedComponent<NavMenu> menu) =>
        menu.FindAll("a.mud-nav-link").Select(a => a.TextContent.Trim()).ToList();
}
