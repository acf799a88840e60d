using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.HasIndex(c => new { c.RunId, c.PromptId, c.TeacherId, c.SampleIndex }).IsUnique();
        builder.HasMany(c => c.Calls).WithOne().HasForeignKey(call => call.CandidateId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Run>().WithMany().HasForeignKey(c => c.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DatasetPrompt>().WithMany().HasForeignKey(c => c.PromptId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(c => c.TeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.Succeeded);
        builder.Property(c => c.HintTemplateIds).HasJsonConversion();
    }
}
