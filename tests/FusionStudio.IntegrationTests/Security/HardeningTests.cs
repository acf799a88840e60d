using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using FusionStudio.Web.Security.ApiTokens;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Security;

/// <summary>The probe's low findings on one real Kestrel host: headers, CSRF on cookie writes, input handling, limits.</summary>
public sealed class HardeningTests : IAsyncLifetime
{
    private const string Password = "correct horse battery";
    private const string MemberEmail = "member@example.test";

    // Small enough that a test upload crosses it; the request limit follows it.
    private const int MaxFileBytes = 4096;

    private readonly FusionApp _app = FusionApp.OnSqlite()
        .With("Datasets:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .With("LogImports:MaxFileBytes", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private Uri _address = null!;
    private AppUser _member = null!;

    public async Task InitializeAsync()
    {
        _address = _app.StartKestrel();
        _member = await _app.CreateUserAsync(MemberEmail, Password, AppRoles.Member);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/api/v1/me")]
    [InlineData("/app.css")]
    [InlineData("/_framework/blazor.web.js")]
    [InlineData("/healthz")]
    public async Task Every_response_carries_the_security_headers_and_no_server_header(string path)
    {
        using var client = new HttpClient { BaseAddress = _address };

        using var response = await client.GetAsync(path);

        var policy = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        foreach (var directive in new[] { "script-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'" })
        {
            Assert.Contains(directive, policy, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.True(response.Headers.Contains("Referrer-Policy"));
        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(",", response.Headers.Server)}");
    }

    [Theory]
    [InlineData("/runs/compare?a=x&b=1", "\"x\" in the address (a=) is not a run number.")]
    [InlineData("/runs/new?from=99999999999", "New run")]
    [InlineData("/prompts/new?from=abc", "New template")]
    [InlineData("/prompts/1?from=abc", "does not exist")]
    public async Task Unreadable_numbers_in_a_page_address_show_the_page_not_an_error(string path, string shown)
    {
        using var browser = await CookieBrowser.LogInAsync(_address, MemberEmail, Password);

        using var response = await browser.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(shown, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_value_that_does_not_bind_gets_problem_details_naming_the_field()
    {
        using var client = await TokenClientAsync();

        using var response = await client.PostAsync("/api/v1/runs",
            new StringContent("""{"datasetId": "three", "budgetCap": 5}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("datasetId", out _), problem.RootElement.ToString());
        Assert.DoesNotContain("   at ", problem.RootElement.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_body_where_json_is_expected_gets_415_problem_details()
    {
        using var client = await TokenClientAsync();

        using var response = await client.PostAsync("/api/v1/runs", new StringContent("start please", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_api_path_still_gets_404_problem_details()
    {
        using var client = await TokenClientAsync();

        using var response = await client.GetAsync("/api/v1/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("/openapi/v1.json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_upload_limit_gets_413_problem_details()
    {
        using var client = await TokenClientAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Too big"), "name" },
            { new ByteArrayContent(new byte[2 * 1024 * 1024]), "file", "prompts.jsonl" },
        };

        using var response = await client.PostAsync("/api/v1/datasets", form);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("larger than the limit", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_end_is_empty_not_the_first_page()
    {
        using var client = await TokenClientAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent("One prompt"), "name" },
            { new StringContent("""{"prompt": "Why is the sky blue?"}"""), "file", "prompts.jsonl" },
        };
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/v1/datasets", form)).StatusCode);

        using var first = JsonDocument.Parse(await client.GetStringAsync("/api/v1/datasets?page=1"));
        using var far = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/datasets?page={int.MaxValue}"));

        Assert.Equal(1, first.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(0, far.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_cookie_write_from_another_site_is_refused_and_one_from_this_site_is_not()
    {
        using var browser = await CookieBrowser.LogInAsync(_address, MemberEmail, Password);

        using var crossSite = new HttpRequestMessage(HttpMethod.Post, "/api/v1/runs/999/start");
        crossSite.Headers.Add("Origin", "https://evil.example");
        using var refused = await browser.Client.SendAsync(crossSite);
        using var sameSite = new HttpRequestMessage(HttpMethod.Post, "/api/v1/runs/999/start");
        sameSite.Headers.Add("Origin", _address.GetLeftPart(UriPartial.Authority));
        using var allowed = await browser.Client.SendAsync(sameSite);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Cross-site", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, allowed.StatusCode);
    }

    private async Task<HttpClient> TokenClientAsync()
    {
        var created = await _app.Services.GetRequiredService<ApiTokenStore>().CreateAsync(_member.Id, new ApiTokenRequest("script", null));
        var client = new HttpClient { BaseAddress = _address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.Created!.Secret.Value);
        return client;
    }
}
