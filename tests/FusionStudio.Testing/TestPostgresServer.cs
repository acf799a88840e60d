using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace FusionStudio.Testing;

/// <summary>
/// A PostgreSQL server of a test's own (initdb in a temporary folder, as <c>.ci/with-postgres</c> does), for tests
/// that stop and start the database under a running app without disturbing the shared test server.
/// </summary>
public sealed class TestPostgresServer : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string _bin;
    private readonly int _port;

    private TestPostgresServer(string folder, string bin, int port)
    {
        _folder = folder;
        _bin = bin;
        _port = port;
    }

    /// <summary>A connection string to the <c>postgres</c> database of this server.</summary>
    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Include Error Detail=true";

    public static async Task<TestPostgresServer> StartAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found: install postgresql-15.");
        var folder = Directory.CreateTempSubdirectory("fusionstudio-pg-own.").FullName;
        if (IsRoot)
        {
            // initdb refuses to run as root: the cluster belongs to the postgres user.
            await RunAsync("chown", "postgres", folder);
        }

        var server = new TestPostgresServer(folder, bin, FreePort());
        await server.RunPostgresAsync("initdb", "-D", server.DataFolder, "--auth=trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8");
        await server.StartServerAsync();
        return server;
    }

    /// <summary>A fresh database on this server.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "fs_own_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Stops the server as an operator's restart does (fast shutdown: sessions are ended).</summary>
    public Task StopAsync() => RunPostgresAsync("pg_ctl", "-D", DataFolder, "-m", "fast", "-w", "stop");

    public Task StartServerAsync() => RunPostgresAsync(
        "pg_ctl", "-D", DataFolder, "-l", Path.Combine(_folder, "postgres.log"), "-w", "start",
        "-o", $"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        Directory.Delete(_folder, recursive: true);
    }

    private string DataFolder => Path.Combine(_folder, "data");

    private static bool IsRoot => Environment.UserName == "root";

    private Task RunPostgresAsync(string tool, params string[] arguments) =>
        IsRoot
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments])
            : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await errors}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
