using FusionStudio.Data.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class QueueProbeConfiguration : IEntityTypeConfiguration<QueueProbe>
{
    public void Configure(EntityTypeBuilder<QueueProbe> builder)
    {
        builder.Property(p => p.EnqueuedBy).HasMaxLength(256);
        builder.Property(p => p.ProcessedBy).HasMaxLength(256);
    }
}
