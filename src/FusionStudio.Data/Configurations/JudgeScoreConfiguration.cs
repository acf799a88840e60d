using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class JudgeScoreConfiguration : IEntityTypeConfiguration<JudgeScore>
{
    public void Configure(EntityTypeBuilder<JudgeScore> builder)
    {
        builder.HasIndex(s => new { s.CandidateId, s.JudgeTeacherId, s.TemplateVersionId }).IsUnique();
        builder.HasIndex(s => s.RunId);
        builder.ComplexProperty(s => s.Usage, usage => usage.ConfigureUsage());
        builder.HasOne<Candidate>().WithMany().HasForeignKey(s => s.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Run>().WithMany().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(s => s.JudgeTeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PromptTemplateVersion>().WithMany().HasForeignKey(s => s.TemplateVersionId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
