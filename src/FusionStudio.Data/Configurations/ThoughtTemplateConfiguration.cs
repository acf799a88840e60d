using FusionStudio.Domain.Thoughts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class ThoughtTemplateConfiguration : IEntityTypeConfiguration<ThoughtTemplate>
{
    public void Configure(EntityTypeBuilder<ThoughtTemplate> builder)
    {
        builder.Property(t => t.Task).HasMaxLength(ThoughtTemplate.TaskLength);
        builder.Property(t => t.Error).HasMaxLength(ThoughtTemplateSet.ErrorLength);
        builder.Property(t => t.SourceCandidateIds).HasJsonConversion();

        // One template per past query and set: a build that runs twice writes each template once.
        builder.HasIndex(t => new { t.SetId, t.PromptId }).IsUnique();
        builder.HasIndex(t => new { t.SetId, t.Task });
        builder.HasMany(t => t.Calls).WithOne().HasForeignKey(call => call.ThoughtTemplateId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ThoughtTemplateSet>().WithMany().HasForeignKey(t => t.SetId).OnDelete(DeleteBehavior.Cascade);
    }
}
