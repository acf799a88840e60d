using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Routing;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class PromptRouteConfiguration : IEntityTypeConfiguration<PromptRoute>
{
    public void Configure(EntityTypeBuilder<PromptRoute> builder)
    {
        // A prompt is routed once per run: a retry or a second worker finds the decision and keeps it.
        builder.HasIndex(r => new { r.RunId, r.PromptId }).IsUnique();
        builder.Property(r => r.Error).HasMaxLength(2000);
        builder.HasMany(r => r.Choices).WithOne().HasForeignKey(c => c.PromptRouteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Run>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DatasetPrompt>().WithMany().HasForeignKey(r => r.PromptId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TrainedRouter>().WithMany().HasForeignKey(r => r.RouterId).OnDelete(DeleteBehavior.Restrict);
    }
}
