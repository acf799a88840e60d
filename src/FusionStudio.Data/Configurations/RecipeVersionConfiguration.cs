using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Recipes;
using FusionStudio.Domain.Routing;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class RecipeVersionConfiguration : IEntityTypeConfiguration<RecipeVersion>
{
    public void Configure(EntityTypeBuilder<RecipeVersion> builder)
    {
        builder.HasIndex(v => new { v.RecipeId, v.Version }).IsUnique();
        builder.HasIndex(v => v.LiveRunId).IsUnique();
        builder.Property(v => v.TeacherIds).HasJsonConversion();
        builder.Property(v => v.CreatedBy).HasMaxLength(256);
        builder.ComplexProperty(v => v.Limits, limits => limits.Property(l => l.DailyBudget).HasPrecision(18, 6));

        builder.HasOne<TeacherPool>().WithMany().HasForeignKey(v => v.PoolId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(v => v.FusorTeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(v => v.FallbackTeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PromptTemplateVersion>().WithMany().HasForeignKey(v => v.FusorTemplateVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PromptTemplateVersion>().WithMany().HasForeignKey(v => v.ProposerTemplateVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TrainedRouter>().WithMany().HasForeignKey(v => v.RouterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Run>().WithMany().HasForeignKey(v => v.LiveRunId).OnDelete(DeleteBehavior.SetNull);
    }
}
