using FusionStudio.Domain.Prompts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class PromptTemplateConfiguration : IEntityTypeConfiguration<PromptTemplate>
{
    public void Configure(EntityTypeBuilder<PromptTemplate> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(120);
        builder.HasIndex(t => t.Name).IsUnique();
        builder.HasMany(t => t.Versions).WithOne(v => v.Template).HasForeignKey(v => v.TemplateId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(t => t.LatestVersion);
    }
}
