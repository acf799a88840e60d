using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class RunConfiguration : IEntityTypeConfiguration<Run>
{
    public void Configure(EntityTypeBuilder<Run> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(200);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.Note).HasMaxLength(RunNote.MaxLength);
        builder.Property(r => r.BudgetCap).HasPrecision(18, 6);
        builder.Property(r => r.Methods).HasJsonConversion();
        builder.Property(r => r.ComparisonPairs).HasJsonConversion();
        builder.Property(r => r.ScalingCandidateLimits).HasJsonConversion();
        builder.HasIndex(r => r.Status);
        builder.HasIndex(r => r.CreatedAt);

        builder.ComplexProperty(r => r.Counters);
        builder.OwnsOne(r => r.LaunchEstimate, estimate =>
        {
            estimate.Property(e => e.CostLow).HasPrecision(18, 6);
            estimate.Property(e => e.CostExpected).HasPrecision(18, 6);
            estimate.Property(e => e.CostHigh).HasPrecision(18, 6);
        });

        builder.HasMany(r => r.Teachers).WithOne().HasForeignKey(t => t.RunId).OnDelete(DeleteBehavior.Cascade);

        builder.HasOne<Dataset>().WithMany().HasForeignKey(r => r.DatasetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TeacherPool>().WithMany().HasForeignKey(r => r.PoolId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(r => r.JudgeTeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(r => r.FusorTeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PromptTemplateVersion>().WithMany().HasForeignKey(r => r.FusorTemplateVersionId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PromptTemplateVersion>().WithMany().HasForeignKey(r => r.PointwiseJudgeTemplateVersionId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PromptTemplateVersion>().WithMany().HasForeignKey(r => r.PairwiseJudgeTemplateVersionId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Routing.TrainedRouter>().WithMany().HasForeignKey(r => r.RouterId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.RoutedTopK).HasDefaultValue(Run.DefaultRoutedTopK);

        builder.HasOne<PromptTemplateVersion>().WithMany().HasForeignKey(r => r.ProposerTemplateVersionId)
            .OnDelete(DeleteBehavior.Restrict);

        builder.HasOne<Domain.Thoughts.ThoughtTemplateSet>().WithMany().HasForeignKey(r => r.ThoughtTemplateSetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PromptTemplateVersion>().WithMany().HasForeignKey(r => r.HintsTemplateVersionId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}
