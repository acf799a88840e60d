using FusionStudio.Domain.Datasets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class DatasetPromptConfiguration : IEntityTypeConfiguration<DatasetPrompt>
{
    public void Configure(EntityTypeBuilder<DatasetPrompt> builder)
    {
        builder.HasIndex(p => new { p.DatasetId, p.Ordinal }).IsUnique();
        builder.Property(p => p.ExternalId).HasMaxLength(200);
        builder.Property(p => p.Language).HasMaxLength(35);
        builder.Property(p => p.Task).HasMaxLength(100);
        builder.Property(p => p.LanguageWarning).HasMaxLength(400);
        builder.Property(p => p.Messages).HasJsonConversion();
        builder.Property(p => p.Metadata).HasJsonConversion();
        builder.HasIndex(p => new { p.DatasetId, p.Language });
        builder.HasIndex(p => new { p.DatasetId, p.Task });
    }
}
