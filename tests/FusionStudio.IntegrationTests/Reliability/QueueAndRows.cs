using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FusionStudio.IntegrationTests.Reliability;

/// <summary>What a run has stored and what the job queue holds for it, read straight from the database.</summary>
internal static class QueueAndRows
{
    public static async Task<int> CandidatesAsync(FusionApp app, int runId)
    {
        await using var db = app.CreateDbContext();
        return await db.Candidates.CountAsync(c => c.RunId == runId);
    }

    /// <summary>Batch jobs in a Hangfire state (Enqueued, Scheduled…) in the PostgreSQL queue.</summary>
    public static Task<long> BatchJobsAsync(string connectionString, string state) => JobsAsync(connectionString, state, "AdvanceRunBatchJob");

    /// <summary>Jobs of one type (its class name) in a Hangfire state in the PostgreSQL queue.</summary>
    public static async Task<long> JobsAsync(string connectionString, string state, string jobType)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM hangfire.job WHERE statename = $1 AND invocationdata::text LIKE '%' || $2 || '%'", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = state });
        command.Parameters.Add(new NpgsqlParameter { Value = jobType });
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }
}
