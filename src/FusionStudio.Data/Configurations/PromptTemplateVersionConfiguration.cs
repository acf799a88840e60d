using FusionStudio.Domain.Prompts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class PromptTemplateVersionConfiguration : IEntityTypeConfiguration<PromptTemplateVersion>
{
    public void Configure(EntityTypeBuilder<PromptTemplateVersion> builder)
    {
        builder.HasIndex(v => new { v.TemplateId, v.Number }).IsUnique();
        builder.Property(v => v.CreatedBy).HasMaxLength(256);
    }
}
