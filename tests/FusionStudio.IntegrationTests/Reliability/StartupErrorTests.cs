using System.Diagnostics;
using System.Security.Cryptography;
using FusionStudio.IntegrationTests.Deployment;
using FusionStudio.Testing;
using Npgsql;

namespace FusionStudio.IntegrationTests.Reliability;

/// <summary>A process started with a bad setting says which one in one line and exits non-zero, quickly.</summary>
public sealed class StartupErrorTests
{
    // Only a backstop against a hang; the exit itself comes within seconds.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_unknown_role_is_named_with_the_roles_there_are()
    {
        var output = await StartAndFailAsync(new() { ["Hosting__Role"] = "Wroker" });
        Assert.Contains("Hosting:Role = 'Wroker': use one of All, Web, Worker", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_setting_out_of_range_is_named()
    {
        var output = await StartAndFailAsync(new() { ["Hosting__WorkerCount"] = "0" });
        Assert.Contains("Hosting:WorkerCount", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_that_does_not_answer_is_waited_for_briefly_and_named()
    {
        var output = await StartAndFailAsync(new()
        {
            ["Database__Provider"] = "PostgreSql",
            ["Database__ConnectionString"] = $"Host=127.0.0.1;Port={ClosedPort()};Username=fusionstudio;Password=secret-password",
            ["Database__StartupWait"] = "00:00:02",
        });
        Assert.Contains("Waiting for PostgreSQL", output, StringComparison.Ordinal);
        Assert.Contains("did not answer within 2 s", output, StringComparison.Ordinal);
        Assert.Contains("Database:ConnectionString", output, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-password", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refused_login_names_the_connection_string()
    {
        // The test server trusts every password, so an unknown user stands for a wrong password: both are refused logins.
        var connection = new NpgsqlConnectionStringBuilder(TestPostgres.ServerConnectionString) { Username = "nobody_" + Guid.NewGuid().ToString("N")[..8], Password = "wrong" };
        var output = await StartAndFailAsync(new()
        {
            ["Database__Provider"] = "PostgreSql",
            ["Database__ConnectionString"] = connection.ConnectionString,
        });
        Assert.Contains("PostgreSQL refused the login", output, StringComparison.Ordinal);
        Assert.Contains("user name and password in Database:ConnectionString", output, StringComparison.Ordinal);
    }

    private static async Task<string> StartAndFailAsync(Dictionary<string, string> settings)
    {
        settings.TryAdd("Database__DataDirectory", Directory.CreateTempSubdirectory("fusionstudio-startup.").FullName);

        // A real process runs in Production, where PostgreSQL needs the key ring's master key: the setting under test must be the one that fails.
        settings.TryAdd("DataProtection__MasterKey", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        await using var process = AppProcess.Start("misconfigured", settings);
        var clock = Stopwatch.StartNew();
        var exitCode = await process.WaitForExitAsync(Patience);
        var output = process.Output;
        Assert.True(exitCode != 0, $"Exited with 0.\n{process.Describe()}");
        var problem = output.Split('\n').Where(line => line.StartsWith("FusionStudio cannot start:", StringComparison.Ordinal)).ToList();
        Assert.True(problem.Count == 1, $"Expected one line saying why, after {clock.Elapsed.TotalSeconds:0} s.\n{process.Describe()}");
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        return output;
    }

    private static int ClosedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
