using FusionStudio.Data;
using Microsoft.EntityFrameworkCore.Design;

namespace FusionStudio.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model without starting the web host.</summary>
public sealed class DesignTimeFusionDbContextFactory : IDesignTimeDbContextFactory<FusionDbContext>
{
    public FusionDbContext CreateDbContext(string[] args) =>
        new(DataServiceCollectionExtensions.CreateOptions(
            DatabaseProvider.PostgreSql,
            Environment.GetEnvironmentVariable("FUSIONSTUDIO_DESIGN_PG") ?? "Host=127.0.0.1;Database=fusionstudio_design"));
}
