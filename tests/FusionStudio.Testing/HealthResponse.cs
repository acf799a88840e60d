using System.Text.Json;

namespace FusionStudio.Testing;

/// <summary>What <c>/healthz</c> answered: the overall status, the database check, and the workers the queue sees.</summary>
public sealed record HealthResponse(string Status, string? DatabaseStatus, int? QueueWorkers, string Json)
{
    public static HealthResponse Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var checks = root.GetProperty("checks");
        string? database = null;
        int? workers = null;
        if (checks.TryGetProperty("database", out var databaseCheck))
        {
            database = databaseCheck.GetProperty("status").GetString();
        }

        if (checks.TryGetProperty("queue", out var queueCheck)
            && queueCheck.TryGetProperty("data", out var data)
            && data.TryGetProperty("workers", out var count))
        {
            workers = count.GetInt32();
        }

        return new HealthResponse(root.GetProperty("status").GetString() ?? string.Empty, database, workers, json);
    }
}
