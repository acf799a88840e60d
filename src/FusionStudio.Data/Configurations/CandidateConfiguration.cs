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
        // The report counts a run's answers by language flag from this index alone; the second holds only rows stored
        // before the flag was, for the report to check once (decision 0016).
        builder.HasIndex(c => new { c.RunId, c.WrongLanguage });
        builder.HasIndex(c => new { c.RunId, c.Id }, "IX_Candidates_RunId_LanguageUnchecked").HasFilter(AnswerLanguageIndexes.Unchecked);
        builder.HasMany(c => c.Calls).WithOne().HasForeignKey(call => call.CandidateId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Run>().WithMany().HasForeignKey(c => c.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DatasetPrompt>().WithMany().HasForeignKey(c => c.PromptId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(c => c.TeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.Succeeded);
        builder.Property(c => c.HintTemplateIds).HasJsonConversion();
    }
}
