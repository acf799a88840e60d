using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class RouteChoiceConfiguration : IEntityTypeConfiguration<RouteChoice>
{
    public void Configure(EntityTypeBuilder<RouteChoice> builder)
    {
        builder.HasIndex(c => new { c.PromptRouteId, c.Rank }).IsUnique();
        builder.HasOne<Teacher>().WithMany().HasForeignKey(c => c.TeacherId).OnDelete(DeleteBehavior.Restrict);
    }
}
