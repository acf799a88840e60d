using FusionStudio.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FusionStudio.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without starting the web host.</summary>
public sealed class DesignTimeFusionDbContextFactory : IDesignTimeDbContextFactory<FusionDbContext>
{
    public FusionDbContext CreateDbContext(string[] args) =>
        new(DataServiceCollectionExtensions.CreateOptions(DatabaseProvider.Sqlite, "Data Source=design-time.db"));
}
