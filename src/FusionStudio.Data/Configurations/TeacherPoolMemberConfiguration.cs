using FusionStudio.Domain.Teachers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class TeacherPoolMemberConfiguration : IEntityTypeConfiguration<TeacherPoolMember>
{
    public void Configure(EntityTypeBuilder<TeacherPoolMember> builder)
    {
        builder.HasIndex(m => new { m.PoolId, m.TeacherId }).IsUnique();
        builder.HasOne(m => m.Teacher).WithMany().HasForeignKey(m => m.TeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_TeacherPoolMembers_SampleCount", "\"SampleCount\" >= 1"));
    }
}
