using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class ModelCallConfiguration : IEntityTypeConfiguration<ModelCall>
{
    public void Configure(EntityTypeBuilder<ModelCall> builder)
    {
        builder.Property(c => c.Model).HasMaxLength(200);
        builder.Property(c => c.Error).HasMaxLength(2000);
        builder.ComplexProperty(c => c.Usage, usage => usage.ConfigureUsage());
        builder.Ignore(c => c.Succeeded);

        // Run, prompt and teacher are plain columns, not foreign keys: the log keeps what was called even if the
        // library changes, and an insert per call does not lock the run's row.
        builder.HasIndex(c => new { c.RunId, c.PromptId });
        builder.HasIndex(c => c.ThoughtTemplateSetId);
        // A run's failed calls (the run page's error panel) without reading its millions of successful ones. The
        // message stays out of the key: at up to 2,000 characters it could pass PostgreSQL's B-tree entry limit.
        builder.HasIndex(c => c.RunId, "IX_ModelCalls_RunId_Failed").HasFilter("\"Error\" IS NOT NULL");
    }
}
