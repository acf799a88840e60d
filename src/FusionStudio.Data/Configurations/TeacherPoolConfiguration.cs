using FusionStudio.Domain.Teachers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class TeacherPoolConfiguration : IEntityTypeConfiguration<TeacherPool>
{
    public void Configure(EntityTypeBuilder<TeacherPool> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(120);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.HasMany(p => p.Members).WithOne().HasForeignKey(m => m.PoolId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.CandidatesPerPrompt);
    }
}
