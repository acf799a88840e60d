using Microsoft.Playwright;

namespace FusionStudio.BrowserTests.Accessibility;

/// <summary>Chooses the light or dark theme the way the toggle does: through its cookie, read on the next load.</summary>
public static class ThemeCookie
{
    public static Task SetAsync(IPage page, Uri baseUri, string theme) =>
        page.Context.AddCookiesAsync([new Cookie { Name = "fusionstudio.theme", Value = theme, Url = baseUri.ToString() }]);
}
