using FusionStudio.Data;
using FusionStudio.Data.Identity;
using FusionStudio.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.Testing;

/// <summary>
/// The real FusionStudio host, configured only through its documented settings. <see cref="StartKestrel"/> puts
/// it on a real loopback port for browsers and other processes.
/// </summary>
public sealed class FusionApp(DatabaseProvider provider, string connectionString, HostRole role = HostRole.All) : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new()
    {
        ["Database:Provider"] = provider.ToString(),
        ["Database:ConnectionString"] = connectionString,
        ["Hosting:Role"] = role.ToString(),
        ["Hosting:QueuePollInterval"] = "00:00:00.200",
        ["Demo:Enabled"] = "false",
    };

    public DatabaseProvider Provider { get; } = provider;

    public string ConnectionString { get; } = connectionString;

    public static FusionApp OnSqlite(HostRole role = HostRole.All) => new(DatabaseProvider.Sqlite, TestSqlite.NewConnectionString(), role);

    public static FusionApp OnPostgres(TestDatabase database, HostRole role = HostRole.All) =>
        new(DatabaseProvider.PostgreSql, database.ConnectionString, role);

    /// <summary>Sets a configuration value, as an environment variable or appsettings entry would.</summary>
    public FusionApp With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Serves on a free loopback port and returns the base address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    public FusionDbContext CreateDbContext() =>
        Services.GetRequiredService<IDbContextFactory<FusionDbContext>>().CreateDbContext();

    public async Task<AppUser> CreateUserAsync(string email, string password, string role)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, DisplayName = email.Split('@')[0], EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        return user;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // The app's files (wwwroot, appsettings) are copied beside the test binaries, as beside the app's own.
        builder.UseContentRoot(AppContext.BaseDirectory);
        // An address of its own choosing (port 0), so the embedded default's search for a free port from 5000 never
        // runs here: hosts in parallel test processes would find the same port free and race to bind it.
        builder.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
