using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class AggregateScoreConfiguration : IEntityTypeConfiguration<AggregateScore>
{
    public void Configure(EntityTypeBuilder<AggregateScore> builder)
    {
        builder.HasIndex(s => new { s.AggregateId, s.JudgeTeacherId, s.TemplateVersionId }).IsUnique();
        builder.HasIndex(s => s.RunId);
        builder.ComplexProperty(s => s.Usage, usage => usage.ConfigureUsage());
        builder.HasOne<Aggregate>().WithMany().HasForeignKey(s => s.AggregateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Run>().WithMany().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(s => s.JudgeTeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PromptTemplateVersion>().WithMany().HasForeignKey(s => s.TemplateVersionId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
