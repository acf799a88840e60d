using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class ComparisonConfiguration : IEntityTypeConfiguration<Comparison>
{
    public void Configure(EntityTypeBuilder<Comparison> builder)
    {
        builder.HasIndex(c => new { c.RunId, c.PromptId, c.MethodA, c.MethodB }).IsUnique();
        builder.HasIndex(c => new { c.RunId, c.Final });
        // The report counts a run's verdicts per pair, language and task from this index alone.
        builder.HasIndex(c => new { c.RunId, c.MethodA, c.MethodB, c.Final, c.VerdictAFirst, c.VerdictBFirst, c.Language, c.Task }, "IX_Comparisons_RunId_VerdictCounts");
        builder.HasMany(c => c.Calls).WithOne().HasForeignKey(call => call.ComparisonId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Run>().WithMany().HasForeignKey(c => c.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DatasetPrompt>().WithMany().HasForeignKey(c => c.PromptId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PromptTemplateVersion>().WithMany().HasForeignKey(c => c.TemplateVersionId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
