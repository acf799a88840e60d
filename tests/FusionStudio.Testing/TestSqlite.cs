namespace FusionStudio.Testing;

public static class TestSqlite
{
    /// <summary>A connection string to a new SQLite file in the temp folder.</summary>
    public static string NewConnectionString() =>
        $"Data Source={Path.Combine(Path.GetTempPath(), $"fusionstudio-test-{Guid.NewGuid():N}.db")};Pooling=false";
}
