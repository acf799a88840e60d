using FusionStudio.Domain.Recipes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class RecipeConfiguration : IEntityTypeConfiguration<Recipe>
{
    public void Configure(EntityTypeBuilder<Recipe> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(Recipe.NameLength);
        builder.Property(r => r.Description).HasMaxLength(2000);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.HasIndex(r => r.Name).IsUnique();
        builder.HasMany(r => r.Versions).WithOne().HasForeignKey(v => v.RecipeId).OnDelete(DeleteBehavior.Cascade);
    }
}
