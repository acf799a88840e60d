using System.Net;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;

namespace FusionStudio.IntegrationTests.Security;

/// <summary>Behind a TLS-terminating proxy, Hosting:ForwardedHeaders makes the login cookie Secure; AllowedHosts filters Host.</summary>
public sealed class ForwardedHeadersTests
{
    private const string Password = "correct horse battery";

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public async Task The_login_cookie_is_secure_when_the_proxy_says_https_and_forwarded_headers_are_on(string forwarded, bool secure)
    {
        await using var app = FusionApp.OnSqlite().With("Hosting:ForwardedHeaders", forwarded);
        var address = app.StartKestrel();
        await app.CreateUserAsync("member@example.test", Password, AppRoles.Member);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var page = await client.GetAsync("/account/login");
        var antiforgery = page.Headers.GetValues("Set-Cookie").First().Split(';')[0];
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\"[^>]*value=\"(?<v>[^\"]+)\"").Groups["v"].Value;
        using var login = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["_handler"] = "login",
                ["__RequestVerificationToken"] = token,
                ["Input.Email"] = "member@example.test",
                ["Input.Password"] = Password,
            }),
        };
        login.Headers.Add("Cookie", antiforgery);
        using var response = await client.SendAsync(login);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(CookieBrowser.AuthCookie + "=", StringComparison.Ordinal));
        Assert.Equal(secure, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_host_not_in_allowed_hosts_is_refused()
    {
        await using var app = FusionApp.OnSqlite().With("AllowedHosts", "fusion.example.com");
        var address = app.StartKestrel();
        using var client = new HttpClient { BaseAddress = address };

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
