using FusionStudio.Domain.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(120);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.Property(p => p.BaseUrl).HasMaxLength(500);
        builder.Property(p => p.InputPricePerMillionTokens).HasPrecision(18, 6);
        builder.Property(p => p.OutputPricePerMillionTokens).HasPrecision(18, 6);
    }
}
