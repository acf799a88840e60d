using FusionStudio.Data;
using Microsoft.Data.Sqlite;

namespace FusionStudio.Web.Security.KeyRing;

/// <summary>
/// Where the master key comes from: <see cref="KeyRingOptions.MasterKey"/> when set; otherwise, for a SQLite file,
/// a key file beside it (created on first start, readable by its owner only), so the embedded default is protected
/// without any setting. PostgreSQL without a master key is refused in Production; elsewhere (development, tests) the
/// key ring stays unencrypted, as the start-up log warns.
/// </summary>
public static class MasterKeySource
{
    public const string KeyFileSuffix = ".masterkey";

    public const string MissingInProduction =
        "DataProtection:MasterKey is required with PostgreSQL in Production: set DataProtection__MasterKey to `openssl rand -base64 32` (README: Provider keys).";

    /// <returns>The ring, or null when the key ring is to stay unencrypted.</returns>
    public static MasterKeyRing? Resolve(KeyRingOptions options, DatabaseOptions database, bool isProduction)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(database);
        var previous = options.PreviousMasterKeys
            .Select((key, index) => MasterKey.Parse(key, $"DataProtection:PreviousMasterKeys:{index}"))
            .ToList();
        if (!string.IsNullOrWhiteSpace(options.MasterKey))
        {
            return new MasterKeyRing(MasterKey.Parse(options.MasterKey, "DataProtection:MasterKey"), previous);
        }

        if (database.Provider == DatabaseProvider.Sqlite)
        {
            return new MasterKeyRing(FromKeyFile(database.ResolveConnectionString()), previous);
        }

        return isProduction ? throw new KeyRingConfigurationException(MissingInProduction) : null;
    }

    /// <summary>The key file beside a SQLite database file; null for an in-memory database.</summary>
    public static string? KeyFileFor(string sqliteConnectionString)
    {
        var builder = new SqliteConnectionStringBuilder(sqliteConnectionString);
        var file = builder.DataSource;
        return string.IsNullOrEmpty(file) || file == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            ? null
            : Path.GetFullPath(file) + KeyFileSuffix;
    }

    private static MasterKey FromKeyFile(string connectionString)
    {
        if (KeyFileFor(connectionString) is not { } path)
        {
            // An in-memory database and its key ring go away together.
            return MasterKey.CreateRandom();
        }

        if (!File.Exists(path))
        {
            TryCreate(path, MasterKey.CreateRandom());
        }

        return MasterKey.Parse(File.ReadAllText(path), $"the key file {path}");
    }

    private static void TryCreate(string path, MasterKey key)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, options);
            writer.Write(key.ToBase64());
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first; its key is the one to use.
        }
    }
}
