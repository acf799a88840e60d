using FusionStudio.Data.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class ModelResponseCacheEntryConfiguration : IEntityTypeConfiguration<ModelResponseCacheEntry>
{
    public void Configure(EntityTypeBuilder<ModelResponseCacheEntry> builder)
    {
        builder.ToTable("ModelResponseCache");
        builder.Property(e => e.Key).HasMaxLength(ModelResponseCacheEntry.KeyLength);
        builder.HasIndex(e => e.Key).IsUnique();
        builder.HasIndex(e => e.ProviderId);
        builder.Property(e => e.Model).HasMaxLength(200);
        builder.Property(e => e.FinishReason).HasMaxLength(40);
    }
}
