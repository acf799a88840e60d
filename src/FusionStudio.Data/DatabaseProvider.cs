namespace FusionStudio.Data;

public enum DatabaseProvider
{
    /// <summary>A single file; the embedded default.</summary>
    Sqlite = 0,

    /// <summary>For teams: shared by the web app and any number of workers.</summary>
    PostgreSql = 1,
}
