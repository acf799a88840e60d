using FusionStudio.Data.Calls.Totals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class CallLogDeltaConfiguration : IEntityTypeConfiguration<CallLogDelta>
{
    public void Configure(EntityTypeBuilder<CallLogDelta> builder)
    {
        // Run is a plain column, as on the call log: appending a delta never locks the run's row.
        builder.Property(d => d.Cost).HasPrecision(18, 8);
        builder.HasIndex(d => d.RunId);
    }
}
