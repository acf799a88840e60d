using FusionStudio.Domain.Recipes;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class ServedRequestConfiguration : IEntityTypeConfiguration<ServedRequest>
{
    public void Configure(EntityTypeBuilder<ServedRequest> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.HasIndex(r => new { r.RecipeId, r.StartedAt });
        builder.HasOne<Recipe>().WithMany().HasForeignKey(r => r.RecipeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<RecipeVersion>().WithMany().HasForeignKey(r => r.RecipeVersionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Run>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
