using System.Net;
using System.Text.Json;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using FusionStudio.Web.Components.Account;

namespace FusionStudio.IntegrationTests.Security;

/// <summary>What anonymous callers learn: not whether an email has an account, and only the overall health.</summary>
public sealed class AccountDisclosureTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";

    private readonly FusionApp _app = FusionApp.OnSqlite().With("Hosting:ForwardedHeaders", "true");
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        _address = _app.StartKestrel();
        await _app.CreateUserAsync("admin@example.test", Password, AppRoles.Admin);
        await _app.CreateUserAsync("member@example.test", Password, AppRoles.Member);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_unknown_email_a_wrong_password_and_a_locked_account_get_the_same_answer()
    {
        using var browser = new CookieBrowser(_address);
        var unknown = await AnswerAsync(browser, "nobody@example.test", "not the password");
        var wrong = await AnswerAsync(browser, "member@example.test", "not the password");
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await AnswerAsync(browser, "member@example.test", "not the password");
        }

        var locked = await AnswerAsync(browser, "member@example.test", Password);

        Assert.Equal(PasswordLogin.FailedMessage, unknown);
        Assert.Equal(unknown, wrong);
        Assert.Equal(unknown, locked);
    }

    [Fact]
    public async Task Anonymous_remote_callers_get_only_the_health_status_and_admins_the_checks()
    {
        using var anonymous = new HttpClient { BaseAddress = _address };
        anonymous.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");
        using var admin = await CookieBrowser.LogInAsync(_address, "admin@example.test", Password);
        admin.Client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.9");

        using var minimal = JsonDocument.Parse(await anonymous.GetStringAsync("/healthz"));
        using var full = JsonDocument.Parse(await admin.Client.GetStringAsync("/healthz"));

        Assert.Equal(["status"], minimal.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.True(full.RootElement.GetProperty("checks").TryGetProperty("queue", out _));
    }

    private static async Task<string> AnswerAsync(CookieBrowser browser, string email, string password)
    {
        using var response = await FormLogin.PostAsync(browser.Client, email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var start = page.IndexOf("role=\"alert\">", StringComparison.Ordinal) + "role=\"alert\">".Length;
        return page[start..page.IndexOf('<', start)];
    }
}
