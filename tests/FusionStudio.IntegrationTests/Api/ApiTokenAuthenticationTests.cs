using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using FusionStudio.Domain.Access;
using FusionStudio.Testing;
using FusionStudio.Web.Security.ApiTokens;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Api;

public sealed class ApiTokenAuthenticationTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private ApiHost Host => fixture.Host;

    [Fact]
    public async Task A_request_without_a_token_gets_401_problem_details_not_a_login_page()
    {
        var response = await Host.Anonymous().GetAsync("/api/v1/runs");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Null(response.Headers.Location);
    }

    [Theory]
    [InlineData("Bearer not-a-token")]
    [InlineData("Bearer fs_")]
    [InlineData("Basic bWVtYmVyOnBhc3N3b3Jk")]
    [InlineData("Bearer")]
    public async Task A_malformed_authorization_header_is_refused(string header)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.TryAddWithoutValidation("Authorization", header);

        var response = await Host.Anonymous().SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unknown_token_of_the_right_shape_is_refused()
    {
        var forged = ApiTokenDefaults.SecretPrefix + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

        var response = await Host.WithToken(forged).GetAsync("/api/v1/me");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal("The API token is not valid.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_valid_token_acts_as_its_owner()
    {
        var token = await Host.CreateTokenAsync(ApiHost.MemberEmail);

        var me = await Host.WithToken(token.Secret.Value).GetFromJsonAsync<JsonElement>("/api/v1/me");

        Assert.Equal(Host.UserIds[ApiHost.MemberEmail], me.GetProperty("userId").GetString());
        Assert.Equal(["Member"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(me.GetProperty("canEdit").GetBoolean());
        Assert.Equal("token", me.GetProperty("authentication").GetString());
        Assert.Equal(token.Secret.Prefix, me.GetProperty("tokenPrefix").GetString());
    }

    [Fact]
    public async Task A_revoked_token_is_refused()
    {
        var token = await Host.CreateTokenAsync(ApiHost.MemberEmail);
        var client = Host.WithToken(token.Secret.Value);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        Assert.True(await Host.Tokens.RevokeAsync(Host.UserIds[ApiHost.MemberEmail], token.Token.Id));
        var response = await client.GetAsync("/api/v1/me");

        var problem = await ProblemAssert.IsProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var token = await Host.CreateTokenAsync(ApiHost.MemberEmail, DateTimeOffset.UtcNow.AddDays(1));
        var client = Host.WithToken(token.Secret.Value);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);

        await using (var db = Host.App.CreateDbContext())
        {
            var row = await db.ApiTokens.SingleAsync(t => t.Id == token.Token.Id);
            row.ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-1);
            await db.SaveChangesAsync();
        }

        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/me"), HttpStatusCode.Unauthorized);
        Assert.Contains("expired", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_holds_only_a_hash_of_the_secret()
    {
        var token = await Host.CreateTokenAsync(ApiHost.ViewerEmail);
        var secret = token.Secret.Value;

        await using var db = Host.App.CreateDbContext();
        var table = db.Model.FindEntityType(typeof(ApiToken))!.GetTableName();
        // Every column of every row, as text: the secret must appear in none of them.
        var everyColumn = "SELECT row_to_json(t)::text AS \"Value\" FROM \"" + table + "\" t";
        var rows = await db.Database.SqlQueryRaw<string>(everyColumn).ToListAsync();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.DoesNotContain(secret, row, StringComparison.Ordinal));

        var stored = await db.ApiTokens.SingleAsync(t => t.Id == token.Token.Id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret))), stored.SecretHash);
        Assert.StartsWith("fs_", secret, StringComparison.Ordinal);
        Assert.Equal(secret[..stored.Prefix.Length], stored.Prefix);
        Assert.True(stored.Prefix.Length < secret.Length / 2);
    }

    [Fact]
    public async Task Last_used_is_recorded_without_a_write_on_every_request()
    {
        var token = await Host.CreateTokenAsync(ApiHost.ViewerEmail);
        var client = Host.WithToken(token.Secret.Value);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me")).StatusCode);
        var first = await LastUsedAsync(token.Token.Id);
        Assert.NotNull(first);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/runs")).StatusCode);

        Assert.Equal(first, await LastUsedAsync(token.Token.Id));
    }

    [Fact]
    public async Task Pages_ignore_tokens_and_stay_behind_the_login_cookie()
    {
        var client = await Host.WithNewTokenAsync(ApiHost.AdminEmail);

        using var noRedirects = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Host.Address };
        noRedirects.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
        var response = await noRedirects.GetAsync("/datasets");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_browser_can_call_the_api_with_its_cookie()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var browser = new HttpClient(handler) { BaseAddress = Host.Address };
        await FormLogin.PostAsync(browser, ApiHost.ViewerEmail, ApiHost.Password);

        var me = await browser.GetFromJsonAsync<JsonElement>("/api/v1/me");

        Assert.Equal("cookie", me.GetProperty("authentication").GetString());
        Assert.Equal(["Viewer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Unknown_api_paths_answer_404_problem_details()
    {
        var client = await Host.WithNewTokenAsync(ApiHost.ViewerEmail);

        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/nothing-here"), HttpStatusCode.NotFound);
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/runs/987654"), HttpStatusCode.NotFound);
    }

    private async Task<DateTimeOffset?> LastUsedAsync(int tokenId)
    {
        await using var db = Host.App.CreateDbContext();
        return await db.ApiTokens.Where(t => t.Id == tokenId).Select(t => t.LastUsedAt).SingleAsync();
    }
}
