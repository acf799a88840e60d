using System.Net;
using System.Text.RegularExpressions;
using FusionStudio.Testing;

namespace FusionStudio.IntegrationTests.Security;

/// <summary>An HTTP client with its own cookie jar, as one browser would be; its login cookie can be copied to another.</summary>
internal sealed partial class CookieBrowser : IDisposable
{
    public const string AuthCookie = "FusionStudio.Auth";

    private readonly CookieContainer _cookies = new();
    private readonly Uri _address;

    public CookieBrowser(Uri address)
    {
        _address = address;
        Client = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = address };
    }

    public HttpClient Client { get; }

    public static async Task<CookieBrowser> LogInAsync(Uri address, string email, string password)
    {
        var browser = new CookieBrowser(address);
        var response = await FormLogin.PostAsync(browser.Client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotNull(browser.LoginCookie);
        return browser;
    }

    public Cookie? LoginCookie => _cookies.GetCookies(_address)[AuthCookie];

    /// <summary>A second browser holding a copy of this one's login cookie, as someone who captured it would.</summary>
    public CookieBrowser CopyLoginCookie()
    {
        var copy = new CookieBrowser(_address);
        copy._cookies.Add(_address, new Cookie(AuthCookie, LoginCookie!.Value, "/"));
        return copy;
    }

    /// <summary>Logs out as the user menu's form does, with the antiforgery token of a page this user loaded.</summary>
    public async Task<HttpResponseMessage> LogOutAsync(bool withToken = true)
    {
        var fields = new Dictionary<string, string>();
        if (withToken)
        {
            var page = await Client.GetStringAsync("/account/login");
            fields["__RequestVerificationToken"] = Token().Match(page).Groups["value"].Value;
        }

        return await Client.PostAsync("/account/logout", new FormUrlEncodedContent(fields));
    }

    public async Task<HttpStatusCode> StatusOfAsync(string path) => (await Client.GetAsync(path)).StatusCode;

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]+)\"")]
    private static partial Regex Token();
}
