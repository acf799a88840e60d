using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class AggregateConfiguration : IEntityTypeConfiguration<Aggregate>
{
    public void Configure(EntityTypeBuilder<Aggregate> builder)
    {
        // One answer per prompt and method at each candidate limit (N for the run, k < N for the scaling curve) and subset.
        builder.HasIndex(a => new { a.RunId, a.PromptId, a.Method, a.CandidateLimit, a.Subset }).IsUnique();
        // The report finds each method's full candidate limit and counts its answers by language flag from this index
        // alone; the second holds only rows stored before the flag was, for the report to check once (decision 0016).
        builder.HasIndex(a => new { a.RunId, a.Method, a.CandidateLimit, a.Subset, a.WrongLanguage }, "IX_Aggregates_RunId_Method_WrongLanguage");
        builder.HasIndex(a => new { a.RunId, a.Id }, "IX_Aggregates_RunId_LanguageUnchecked").HasFilter(AnswerLanguageIndexes.Unchecked);
        // Read from this index alone: same answers of two methods (matched on prompt and text hash), the report's
        // score distributions, and the scaling curve's FusioN@k moments (per prompt, over its subsets). The score comes
        // after the prompt on purpose: an index ordered by score right after the method and limit lets PostgreSQL
        // answer a prompt's MAX(score) by walking the whole run's answers in score order.
        builder.HasIndex(a => new { a.RunId, a.Method, a.CandidateLimit, a.PromptId, a.TextHash, a.Score, a.Subset }, "IX_Aggregates_RunId_Method_AnswerHashScore");
        builder.Property(a => a.SourceCandidateIds).HasJsonConversion();
        builder.Property(a => a.PresentedOrder).HasJsonConversion();
        builder.HasMany(a => a.Calls).WithOne().HasForeignKey(call => call.AggregateId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Run>().WithMany().HasForeignKey(a => a.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DatasetPrompt>().WithMany().HasForeignKey(a => a.PromptId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Candidate>().WithMany().HasForeignKey(a => a.SelectedCandidateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PromptTemplateVersion>().WithMany().HasForeignKey(a => a.TemplateVersionId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
