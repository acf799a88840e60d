using System.Globalization;
using System.Security.Cryptography;

namespace FusionStudio.Testing;

/// <summary>The environment of a real worker process on a test database, as the compose file gives it to a container.</summary>
public static class WorkerProcessSettings
{
    /// <param name="masterKey">The key ring's master key; processes that share a database must share it. A new one when null.</param>
    public static Dictionary<string, string> For(string connectionString, int batchSize, int promptConcurrency, string? masterKey = null) => new()
    {
        // A real process runs in Production, where PostgreSQL needs the key ring's master key.
        ["DataProtection__MasterKey"] = masterKey ?? NewMasterKey(),
        ["Database__Provider"] = "PostgreSql",
        ["Database__ConnectionString"] = connectionString,
        ["Hosting__Role"] = "Worker",
        ["Hosting__QueuePollInterval"] = "00:00:00.200",
        ["Gateway__BaseDelay"] = "00:00:00.050",
        ["Runs__BatchSize"] = batchSize.ToString(CultureInfo.InvariantCulture),
        ["Runs__PromptConcurrency"] = promptConcurrency.ToString(CultureInfo.InvariantCulture),
    };

    public static string NewMasterKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
