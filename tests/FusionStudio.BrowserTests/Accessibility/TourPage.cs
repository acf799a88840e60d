using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FusionStudio.BrowserTests.Accessibility;

/// <summary>Opens one page of the tour and waits until it has finished loading.</summary>
public static class TourPage
{
    public static async Task OpenAsync(IPage page, Uri baseUri, string path)
    {
        await AppPages.GoToAsync(page, baseUri, path);
        await Expect(page.Locator("h1").First).ToBeVisibleAsync();
        await Expect(page.Locator("#blazor-error-ui")).Not.ToBeVisibleAsync();
        // Loading bars are indeterminate; progress bars of runs are content, and stay.
        await Expect(page.Locator(".mud-progress-indeterminate")).ToHaveCountAsync(0);
        // Tooltips or popovers left open by the last page would be audited with this one.
        await page.Mouse.MoveAsync(1, 1);
    }
}
