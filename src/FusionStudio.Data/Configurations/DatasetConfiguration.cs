using FusionStudio.Domain.Datasets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class DatasetConfiguration : IEntityTypeConfiguration<Dataset>
{
    public void Configure(EntityTypeBuilder<Dataset> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.HasIndex(d => d.Name).IsUnique();
        builder.Property(d => d.CreatedBy).HasMaxLength(256);
        builder.HasMany(d => d.Prompts).WithOne().HasForeignKey(p => p.DatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}
