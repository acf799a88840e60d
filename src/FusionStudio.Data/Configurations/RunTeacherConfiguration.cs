using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class RunTeacherConfiguration : IEntityTypeConfiguration<RunTeacher>
{
    public void Configure(EntityTypeBuilder<RunTeacher> builder)
    {
        builder.HasIndex(t => new { t.RunId, t.TeacherId }).IsUnique();
        builder.HasOne<Teacher>().WithMany().HasForeignKey(t => t.TeacherId).OnDelete(DeleteBehavior.Restrict);
    }
}
