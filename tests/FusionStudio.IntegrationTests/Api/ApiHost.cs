using System.Net.Http.Headers;
using FusionStudio.Data.Identity;
using FusionStudio.Testing;
using FusionStudio.Web.Security.ApiTokens;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Api;

/// <summary>
/// The real app on a fresh PostgreSQL database, served by Kestrel on a loopback port, with an Admin, a Member and a
/// Viewer. Clients are plain <see cref="HttpClient"/>s that carry a personal API token, as a script would.
/// </summary>
public sealed class ApiHost : IAsyncDisposable
{
    public const string Password = "correct horse battery";
    public const string AdminEmail = "admin@example.test";
    public const string MemberEmail = "member@example.test";
    public const string ViewerEmail = "viewer@example.test";

    private readonly List<HttpClient> _clients = [];
    private readonly TestDatabase _database;

    private ApiHost(TestDatabase database, FusionApp app, Uri address)
    {
        _database = database;
        App = app;
        Address = address;
    }

    public FusionApp App { get; }

    public Uri Address { get; }

    public IReadOnlyDictionary<string, string> UserIds { get; private set; } = new Dictionary<string, string>();

    /// <summary>Starts the app; <paramref name="demo"/> seeds the demo library (simulated provider, pool, dataset, prompts).</summary>
    public static async Task<ApiHost> StartAsync(bool demo = false)
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        var app = FusionApp.OnPostgres(database).With("Demo:Enabled", demo ? "true" : "false");
        var host = new ApiHost(database, app, app.StartKestrel());
        var ids = new Dictionary<string, string>();
        foreach (var (email, role) in new[] { (AdminEmail, AppRoles.Admin), (MemberEmail, AppRoles.Member), (ViewerEmail, AppRoles.Viewer) })
        {
            ids[email] = (await app.CreateUserAsync(email, Password, role)).Id;
        }

        host.UserIds = ids;
        return host;
    }

    public ApiTokenStore Tokens => App.Services.GetRequiredService<ApiTokenStore>();

    /// <summary>A new token of the user, and its secret.</summary>
    public async Task<CreatedApiToken> CreateTokenAsync(string email, DateTimeOffset? expiresAt = null)
    {
        var result = await Tokens.CreateAsync(UserIds[email], new ApiTokenRequest("test " + Guid.NewGuid().ToString("N")[..6], expiresAt));
        return result.Created ?? throw new InvalidOperationException(result.Error);
    }

    /// <summary>A client with no credentials.</summary>
    public HttpClient Anonymous()
    {
        var client = new HttpClient { BaseAddress = Address };
        _clients.Add(client);
        return client;
    }

    /// <summary>A client that sends <c>Authorization: Bearer {secret}</c> on every request.</summary>
    public HttpClient WithToken(string secret)
    {
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    public async Task<HttpClient> WithNewTokenAsync(string email) => WithToken((await CreateTokenAsync(email)).Secret.Value);

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
        await _database.DisposeAsync();
    }
}
