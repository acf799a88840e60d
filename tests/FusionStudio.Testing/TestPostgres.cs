using Npgsql;

namespace FusionStudio.Testing;

/// <summary>
/// The throwaway PostgreSQL server that <c>.ci/test</c> starts for the run. Each test class takes a fresh database.
/// </summary>
public static class TestPostgres
{
    public const string EnvironmentVariable = "FUSIONSTUDIO_TEST_POSTGRES";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(EnvironmentVariable)
        ?? throw new InvalidOperationException(
            $"{EnvironmentVariable} is not set. Run the tests with .ci/test, which starts a throwaway PostgreSQL server.");

    public static async Task<TestDatabase> CreateDatabaseAsync()
    {
        var name = "fs_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name };
        return new TestDatabase(name, builder.ConnectionString);
    }
}
