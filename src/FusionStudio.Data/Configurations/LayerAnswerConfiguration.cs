using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class LayerAnswerConfiguration : IEntityTypeConfiguration<LayerAnswer>
{
    public void Configure(EntityTypeBuilder<LayerAnswer> builder)
    {
        builder.HasIndex(a => new { a.RunId, a.PromptId, a.Layer, a.TeacherId, a.SampleIndex }).IsUnique();
        builder.Property(a => a.PresentedOrder).HasJsonConversion();
        builder.HasMany(a => a.Calls).WithOne().HasForeignKey(call => call.LayerAnswerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Run>().WithMany().HasForeignKey(a => a.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DatasetPrompt>().WithMany().HasForeignKey(a => a.PromptId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(a => a.TeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PromptTemplateVersion>().WithMany().HasForeignKey(a => a.TemplateVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(a => a.Succeeded);
    }
}
