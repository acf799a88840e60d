using FusionStudio.Data.Identity;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class HumanReviewConfiguration : IEntityTypeConfiguration<HumanReview>
{
    public void Configure(EntityTypeBuilder<HumanReview> builder)
    {
        builder.HasIndex(r => new { r.RunId, r.PromptId, r.MethodA, r.MethodB, r.ReviewerId }).IsUnique();
        builder.Property(r => r.Comment).HasMaxLength(4000);
        builder.HasOne<Run>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DatasetPrompt>().WithMany().HasForeignKey(r => r.PromptId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ReviewerId).OnDelete(DeleteBehavior.Restrict);
    }
}
