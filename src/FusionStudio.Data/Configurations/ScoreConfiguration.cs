using FusionStudio.Domain.Prompts;
using FusionStudio.Domain.Runs;
using FusionStudio.Domain.Teachers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FusionStudio.Data.Configurations;

internal sealed class ScoreConfiguration : IEntityTypeConfiguration<Score>
{
    public void Configure(EntityTypeBuilder<Score> builder)
    {
        // Both databases treat NULLs as distinct in a unique index, so each key binds only the rows of its kind.
        builder.HasIndex(s => new { s.CandidateId, s.JudgeTeacherId, s.TemplateVersionId }).IsUnique();
        builder.HasIndex(s => new { s.AggregateId, s.JudgeTeacherId, s.TemplateVersionId }).IsUnique();
        builder.HasIndex(s => s.RunId);
        builder.ToTable(table => table.HasCheckConstraint(
            "CK_Scores_one_answer", "(\"CandidateId\" IS NULL) <> (\"AggregateId\" IS NULL)"));
        builder.HasOne<Candidate>().WithMany().HasForeignKey(s => s.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Aggregate>().WithMany().HasForeignKey(s => s.AggregateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Run>().WithMany().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Teacher>().WithMany().HasForeignKey(s => s.JudgeTeacherId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PromptTemplateVersion>().WithMany().HasForeignKey(s => s.TemplateVersionId)
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Calls).WithOne().HasForeignKey(c => c.ScoreId).OnDelete(DeleteBehavior.SetNull);
    }
}
