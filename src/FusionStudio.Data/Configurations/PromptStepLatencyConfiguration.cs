using FusionStudio.Data.Calls.Totals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class PromptStepLatencyConfiguration : IEntityTypeConfiguration<PromptStepLatency>
{
    public void Configure(EntityTypeBuilder<PromptStepLatency> builder)
    {
        // The upsert's conflict target.
        builder.HasKey(s => new { s.RunId, s.Purpose, s.PromptId });
    }
}
