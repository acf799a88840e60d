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
        // The report's score distributions and answer counts, and the scaling curve's FusioN@k points, read a run's
        // answers per method and limit with their stored scores from this index alone.
        builder.HasIndex(a => new { a.RunId, a.Method, a.CandidateLimit, a.Score });
        // Same answers of two methods: one index-only merge over each method's prompts and text hashes.
        builder.HasIndex(a => new { a.RunId, a.Method, a.CandidateLimit, a.PromptId, a.TextHash });
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
