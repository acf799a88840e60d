using FusionStudio.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class TextEmbeddingConfiguration : IEntityTypeConfiguration<TextEmbedding>
{
    public void Configure(EntityTypeBuilder<TextEmbedding> builder)
    {
        builder.Property(e => e.Model).HasMaxLength(TextEmbedding.ModelLength);
        builder.Property(e => e.TextHash).HasMaxLength(TextEmbedding.HashLength);
        builder.HasIndex(e => new { e.Model, e.TextHash }).IsUnique();
    }
}
