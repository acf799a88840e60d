using FusionStudio.Domain.Routing;
using FusionStudio.Domain.Thoughts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class ThoughtTemplateSetConfiguration : IEntityTypeConfiguration<ThoughtTemplateSet>
{
    public void Configure(EntityTypeBuilder<ThoughtTemplateSet> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(ThoughtTemplateSet.NameLength);
        builder.Property(s => s.EmbeddingModel).HasMaxLength(TextEmbedding.ModelLength);
        builder.Property(s => s.Error).HasMaxLength(ThoughtTemplateSet.ErrorLength);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
        builder.Property(s => s.SourceRunIds).HasJsonConversion();
        builder.HasIndex(s => s.Name);
    }
}
