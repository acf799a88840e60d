using System.Net;
using System.Reflection;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FusionStudio.IntegrationTests.Foundation;

public sealed partial class AccessTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private readonly FusionApp _app = FusionApp.OnSqlite();

    public static TheoryData<string> ProtectedPages()
    {
        // Every routable page of the app that does not explicitly allow anonymous access.
        var data = new TheoryData<string>();
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<AllowAnonymousAttribute>() is null)
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => RouteParameter().Replace(r.Template, "1"))
            .Distinct();
        foreach (var page in pages)
        {
            data.Add(page);
        }

        return data;
    }

    public async Task InitializeAsync()
    {
        _app.CreateClient();
        await _app.CreateUserAsync("admin@example.test", Password, AppRoles.Admin);
        await _app.CreateUserAsync("member@example.test", Password, AppRoles.Member);
        await _app.CreateUserAsync("viewer@example.test", Password, AppRoles.Viewer);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [MemberData(nameof(ProtectedPages))]
    public async Task Anonymous_visitors_are_sent_to_login(string page)
    {
        var response = await AnonymousClient().GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", PathOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_but_sign_in_and_errors_requires_login()
    {
        var anonymous = typeof(Program).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<AllowAnonymousAttribute>() is not null && t.GetCustomAttributes<RouteAttribute>().Any())
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>().Select(r => r.Template))
            .Order()
            .ToList();
        Assert.Equal(["/account/denied", "/account/login", "/account/setup", "/error"], anonymous);
        Assert.NotEmpty(ProtectedPages());
    }

    [Theory]
    [InlineData("/hangfire")]
    [InlineData("/hangfire/jobs/enqueued")]
    public async Task Anonymous_visitors_cannot_open_the_job_dashboard(string path)
    {
        var response = await AnonymousClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", PathOf(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("member@example.test")]
    [InlineData("viewer@example.test")]
    public async Task Non_admins_are_refused_the_job_dashboard(string email)
    {
        var client = await LoggedInClientAsync(email);
        var response = await client.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/denied", PathOf(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admins_open_the_job_dashboard()
    {
        var client = await LoggedInClientAsync("admin@example.test");
        var response = await client.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("FusionStudio jobs", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_is_open_to_anonymous_monitors()
    {
        var response = await AnonymousClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_message()
    {
        var client = AnonymousClient();
        var response = await FormLogin.PostAsync(client, "member@example.test", "not the password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(FusionStudio.Web.Components.Account.PasswordLogin.FailedMessage, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Logged_in_members_see_pages_and_log_out()
    {
        var client = await LoggedInClientAsync("member@example.test");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/datasets")).StatusCode);
    }

    [Fact]
    public async Task Setup_is_closed_once_someone_can_log_in()
    {
        var response = await AnonymousClient().GetAsync("/account/setup");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", PathOf(response), StringComparison.Ordinal);
    }

    private static string PathOf(HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw new InvalidOperationException("The response has no Location header.");
        return location.IsAbsoluteUri ? location.PathAndQuery : "/" + location.OriginalString.TrimStart('/');
    }

    private HttpClient AnonymousClient() => _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> LoggedInClientAsync(string email)
    {
        var client = AnonymousClient();
        var response = await FormLogin.PostAsync(client, email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{[^}]+\}")]
    private static partial System.Text.RegularExpressions.Regex RouteParameter();
}
