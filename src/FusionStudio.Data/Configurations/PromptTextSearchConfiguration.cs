using FusionStudio.Domain.Datasets;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Data.Configurations;

/// <summary>
/// PostgreSQL only: a trigram (pg_trgm) GIN index on the prompt text, so the prompt table's ILIKE '%word%' search
/// reads the index instead of every prompt of a 100,000-prompt dataset. SQLite keeps LIKE over the rows.
/// </summary>
internal static class PromptTextSearchConfiguration
{
    public const string Extension = "pg_trgm";

    public const string IndexName = "IX_DatasetPrompts_Text_Trigram";

    public static void Configure(ModelBuilder builder)
    {
        builder.HasPostgresExtension(Extension);
        builder.Entity<DatasetPrompt>().HasIndex(p => p.Text).HasDatabaseName(IndexName).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
