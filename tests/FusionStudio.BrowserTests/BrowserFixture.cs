using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FusionStudio.BrowserTests;

/// <summary>
/// One headless Chromium for the whole test run; each test gets its own <see cref="BrowserSession"/> (a fresh
/// context: no cookies or local storage shared between tests).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // The system's Chromium: no browser can be downloaded where these tests run.
    private const string ChromiumPath = "/usr/bin/chromium";

    // Without the networking switches, Chromium keeps calling Google services that a closed network never answers.
    private static readonly string[] _chromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async Task InitializeAsync()
    {
        // A cold circuit on a busy two-core machine can take a few seconds; the default 5 s is too tight.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("FUSIONSTUDIO_TEST_CHROMIUM") ?? ChromiumPath,
            Headless = true,
            Args = _chromiumArgs,
        });
    }

    public Task<BrowserSession> OpenSessionAsync(ITestOutputHelper output, string testName) =>
        BrowserSession.OpenAsync(Browser, output, testName);

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
