using FusionStudio.Domain.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class TrainedRouterConfiguration : IEntityTypeConfiguration<TrainedRouter>
{
    public void Configure(EntityTypeBuilder<TrainedRouter> builder)
    {
        builder.ToTable("Routers");
        builder.Property(r => r.Name).HasMaxLength(TrainedRouter.NameLength);
        builder.Property(r => r.EmbeddingModel).HasMaxLength(TextEmbedding.ModelLength);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.Candidates).HasJsonConversion();
        builder.Property(r => r.SourceRunIds).HasJsonConversion();
        builder.HasIndex(r => new { r.Name, r.Version }).IsUnique();
    }
}
