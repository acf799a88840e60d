using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using FusionStudio.Web.Security.ApiTokens;
using FusionStudio.Web.Security.Sessions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Security;

/// <summary>
/// The probe's finding: a demoted Member's cookie kept Member rights, and a cookie captured before logout still
/// worked. Role changes, locks and logout now end every existing session of the person.
/// </summary>
public sealed class SessionEndTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private const string MemberEmail = "member@example.test";

    private readonly FusionApp _app = FusionApp.OnSqlite();
    private Uri _address = null!;
    private AppUser _member = null!;

    public async Task InitializeAsync()
    {
        _address = _app.StartKestrel();
        await _app.CreateUserAsync("admin@example.test", Password, AppRoles.Admin);
        _member = await _app.CreateUserAsync(MemberEmail, Password, AppRoles.Member);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_demoted_members_existing_cookie_stops_working_at_once()
    {
        using var browser = await CookieBrowser.LogInAsync(_address, MemberEmail, Password);
        Assert.Equal(AppRoles.Member, await RoleOfAsync(browser));

        Assert.Null(await CommandAsync(commands => commands.ChangeRoleAsync(_member.Id, AppRoles.Viewer)));

        Assert.Equal(HttpStatusCode.Unauthorized, await browser.StatusOfAsync("/api/v1/me"));
        Assert.Equal(HttpStatusCode.Redirect, await browser.StatusOfAsync("/datasets"));
        using var again = await CookieBrowser.LogInAsync(_address, MemberEmail, Password);
        Assert.Equal(AppRoles.Viewer, await RoleOfAsync(again));
    }

    [Fact]
    public async Task A_cookie_captured_before_logout_no_longer_works()
    {
        using var browser = await CookieBrowser.LogInAsync(_address, MemberEmail, Password);
        using var captured = browser.CopyLoginCookie();
        Assert.Equal(HttpStatusCode.OK, await captured.StatusOfAsync("/api/v1/me"));

        var logout = await browser.LogOutAsync();

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await captured.StatusOfAsync("/api/v1/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, await browser.StatusOfAsync("/api/v1/me"));
    }

    [Fact]
    public async Task Logout_without_the_antiforgery_token_is_refused_and_logs_nobody_out()
    {
        using var browser = await CookieBrowser.LogInAsync(_address, MemberEmail, Password);

        var logout = await browser.LogOutAsync(withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, await browser.StatusOfAsync("/api/v1/me"));
    }

    [Fact]
    public async Task An_admins_lock_ends_the_cookie_and_switches_off_api_tokens_until_unlocked()
    {
        using var browser = await CookieBrowser.LogInAsync(_address, MemberEmail, Password);
        using var script = TokenClient(await CreateTokenAsync());

        Assert.Null(await CommandAsync(commands => commands.LockAsync(_member.Id)));

        Assert.Equal(HttpStatusCode.Unauthorized, await browser.StatusOfAsync("/api/v1/me"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync("/api/v1/me")).StatusCode);
        var login = await FormLogin.PostAsync(new CookieBrowser(_address).Client, MemberEmail, Password);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);

        Assert.Null(await CommandAsync(commands => commands.UnlockAsync(_member.Id)));
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Api_tokens_keep_working_during_a_lockout_caused_by_wrong_passwords()
    {
        using var script = TokenClient(await CreateTokenAsync());
        using var guesser = new CookieBrowser(_address);
        for (var attempt = 0; attempt < 10; attempt++)
        {
            await FormLogin.PostAsync(guesser.Client, MemberEmail, "not the password");
        }

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            Assert.True(await users.IsLockedOutAsync((await users.FindByIdAsync(_member.Id))!));
        }

        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/me")).StatusCode);
    }

    private async Task<string?> CommandAsync(Func<UserAccessCommands, Task<string?>> command)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await command(scope.ServiceProvider.GetRequiredService<UserAccessCommands>());
    }

    private async Task<string> CreateTokenAsync()
    {
        var result = await _app.Services.GetRequiredService<ApiTokenStore>().CreateAsync(_member.Id, new ApiTokenRequest("script", null));
        return result.Created!.Secret.Value;
    }

    private HttpClient TokenClient(string secret)
    {
        var client = new HttpClient { BaseAddress = _address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private static async Task<string?> RoleOfAsync(CookieBrowser browser)
    {
        var me = await browser.Client.GetFromJsonAsync<MeBody>("/api/v1/me");
        return me?.Roles.SingleOrDefault();
    }

    private sealed record MeBody(IReadOnlyList<string> Roles);
}
