using FusionStudio.Testing;

namespace FusionStudio.IntegrationTests.Deployment;

/// <summary>
/// The compose file's <c>worker</c> and <c>web</c> services as real processes, started together against one fresh
/// test database, with exactly the environment compose would give them; only the database host differs.
/// </summary>
public sealed class ComposeDeployment : IAsyncLifetime
{
    public const string ConnectionStringKey = "Database__ConnectionString";

    /// <summary>What the operator exports before <c>docker compose up</c>: a fresh master key, and the host the tests call.</summary>
    internal static readonly Dictionary<string, string> OperatorVariables = new(StringComparer.Ordinal)
    {
        ["FUSIONSTUDIO_MASTER_KEY"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        ["FUSIONSTUDIO_HOSTS"] = "127.0.0.1;localhost",
    };

    // Only a backstop against a hung start (two cold processes migrating on a busy two-core machine).
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private TestDatabase? _database;
    private AppProcess? _web;
    private AppProcess? _worker;

    internal AppProcess Web => _web ?? throw new InvalidOperationException("Not started.");

    internal AppProcess Worker => _worker ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        try
        {
            var compose = ComposeFile.Load();
            _database = await TestPostgres.CreateDatabaseAsync();
            // Both at once, as `docker compose up` starts them: each migrates the same empty database.
            _worker = AppProcess.Start("worker", ForTestDatabase(compose, "worker", _database.ConnectionString));
            _web = AppProcess.Start("web", ForTestDatabase(compose, "web", _database.ConnectionString));
            await Task.WhenAll(
                _worker.WaitForHealthAsync(_ => true, Patience, "answer from /healthz"),
                _web.WaitForHealthAsync(_ => true, Patience, "answer from /healthz"));
        }
        catch
        {
            // xunit does not dispose a fixture whose start failed: leave no process behind.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.DisposeAsync();
        }

        if (_worker is not null)
        {
            await _worker.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>The service's compose environment with its connection string pointed at the test database.</summary>
    internal static Dictionary<string, string> ForTestDatabase(ComposeFile compose, string service, string connectionString)
    {
        var environment = compose.Environment(service);
        if (!environment.TryGetValue(ConnectionStringKey, out var composed) || !composed.Contains("Host=postgres;", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"Service `{service}` no longer sets {ConnectionStringKey} to the `postgres` service (Host=postgres): update this test with it.");
        }

        environment[ConnectionStringKey] = connectionString;
        // Compose fills in ${...} in the rest, from what an operator would export.
        return environment.ToDictionary(
            entry => entry.Key,
            entry => ComposeInterpolation.Resolve(entry.Value, OperatorVariables),
            StringComparer.Ordinal);
    }
}
