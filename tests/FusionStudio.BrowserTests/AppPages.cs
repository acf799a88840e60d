using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests;

/// <summary>Steps that every browser test takes through FusionStudio's pages.</summary>
public static class AppPages
{
    public const string LoginPath = "account/login";

    /// <summary>
    /// Waits for the marker that the layout renders once the circuit is live: a click on the prerendered page
    /// before then would be lost. The marker is hidden, so it is waited for as attached, not visible.
    /// </summary>
    public static Task WaitUntilInteractiveAsync(IPage page) =>
        page.GetByTestId("interactive").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Loads a page of the app afresh and waits until it is interactive.</summary>
    public static async Task GoToAsync(IPage page, Uri baseUri, string path)
    {
        await page.GotoAsync(new Uri(baseUri, path).ToString());
        await WaitUntilInteractiveAsync(page);
    }

    /// <summary>Opens the login page, logs in and waits until the page it lands on is interactive.</summary>
    public static async Task LogInAsync(IPage page, Uri baseUri, string email, string password)
    {
        await page.GotoAsync(new Uri(baseUri, LoginPath).ToString());
        await SubmitLoginAsync(page, email, password);
        await WaitUntilInteractiveAsync(page);
    }

    /// <summary>Fills and submits the login form already on screen; waits for nothing after.</summary>
    public static async Task SubmitLoginAsync(IPage page, string email, string password)
    {
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Log in" }).ClickAsync();
    }

    public static ILocator AppBar(IPage page) => page.Locator("header.mud-appbar");

    public static ILocator NavLink(IPage page, string name) =>
        page.Locator(".mud-navmenu").GetByRole(AriaRole.Link, new LocatorGetByRoleOptions { Name = name, Exact = true });

    public static ILocator Heading(IPage page, string name) =>
        page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = name, Exact = true, Level = 1 });

    /// <summary>The page background, which the theme sets: light or dark.</summary>
    public static Task<string> BackgroundColorAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    /// <summary>Opens a MudSelect and picks the option with exactly this text.</summary>
    public static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        await OpenPopover(page).GetByText(option, new() { Exact = true }).ClickAsync();
        await Expect(OpenPopover(page)).ToHaveCountAsync(0);
    }

    /// <summary>The open list of a select or autocomplete; tooltips are popovers too, but without a list.</summary>
    public static ILocator OpenPopover(IPage page) => page.Locator(".mud-popover-open:has(.mud-list)");
}
