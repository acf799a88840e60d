using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class RunPromptConfiguration : IEntityTypeConfiguration<RunPrompt>
{
    public void Configure(EntityTypeBuilder<RunPrompt> builder)
    {
        builder.HasIndex(p => new { p.RunId, p.PromptId }).IsUnique();
        builder.HasIndex(p => new { p.RunId, p.Stage });
        builder.HasIndex(p => new { p.RunId, p.Ordinal }).IsUnique();
        builder.HasIndex(p => new { p.RunId, p.Score });
        builder.HasIndex(p => new { p.RunId, p.Verdict });
        builder.HasOne<Run>().WithMany().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DatasetPrompt>().WithMany().HasForeignKey(p => p.PromptId).OnDelete(DeleteBehavior.Restrict);
    }
}
