using Microsoft.Playwright;
using Xunit.Abstractions;

namespace FusionStudio.BrowserTests;

/// <summary>
/// A fresh browser context and page for one test, at a desktop size. It records what the page logs as errors, and
/// <see cref="RunAsync"/> saves a screenshot when the steps fail.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ITestOutputHelper _output;
    private readonly string _testName;
    private readonly Lock _lock = new();
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _consoleLog = [];

    private BrowserSession(IBrowserContext context, IPage page, ITestOutputHelper output, string testName)
    {
        _context = context;
        _output = output;
        _testName = testName;
        Page = page;
        // Blazor's own connection chatter is info; warnings and errors are what a person would want to see.
        page.Console += (_, message) =>
        {
            if (message.Type is not ("info" or "debug"))
            {
                Record($"console.{message.Type}: {message.Text}", message.Type == "error");
            }
        };
        page.PageError += (_, error) => Record($"page error: {error}", isError: true);
    }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught script errors so far.</summary>
    public IReadOnlyList<string> ConsoleErrors
    {
        get
        {
            lock (_lock)
            {
                return [.. _consoleErrors];
            }
        }
    }

    public static async Task<BrowserSession> OpenAsync(IBrowser browser, ITestOutputHelper output, string testName)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Locale = "en-US",
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, output, testName);
    }

    /// <summary>Runs the test's steps; on failure, saves what the page looked like before rethrowing.</summary>
    public async Task RunAsync(Func<IPage, Task> steps)
    {
        try
        {
            await steps(Page);
        }
        catch
        {
            var path = Screenshots.PathFor($"failed-{_testName}");
            try
            {
                await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
                _output.WriteLine($"Failure screenshot: {path} (at {Page.Url})");
            }
            catch (PlaywrightException screenshotError)
            {
                _output.WriteLine($"No failure screenshot: {screenshotError.Message}");
            }

            throw;
        }
    }

    /// <summary>Saves a full-page screenshot under <see cref="Screenshots.Folder"/>.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var path = Screenshots.PathFor(name);
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        _output.WriteLine($"Screenshot: {path}");
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        string[] log;
        lock (_lock)
        {
            log = [.. _consoleLog];
        }

        foreach (var line in log)
        {
            _output.WriteLine(line);
        }
    }

    private void Record(string line, bool isError)
    {
        lock (_lock)
        {
            _consoleLog.Add(line);
            if (isError)
            {
                _consoleErrors.Add(line);
            }
        }
    }
}
