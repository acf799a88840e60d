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
    public static async Task<long> BatchJobsAsync(string connectionString, string state)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM hangfire.job WHERE statename = $1 AND invocationdata::text LIKE '%AdvanceRunBatchJob%'", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = state });
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }
}
