using FusionStudio.Data;
using FusionStudio.Engine.Methods;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>Reads a prompt's successful candidates in canonical order (teacher position, sample), with judge scores.</summary>
internal static class PromptCandidates
{
    public static async Task<IReadOnlyList<CandidateView>> ReadAsync(FusionDbContext db, RunContext run, long promptId, CancellationToken cancellationToken)
    {
        var judgeId = run.Judge?.Teacher.Id;
        var versionId = run.PointwiseTemplate?.Id;
        var rows = await db.Candidates.AsNoTracking()
            .Where(c => c.RunId == run.Run.Id && c.PromptId == promptId && c.Error == null && c.Text != null)
            .Select(c => new
            {
                c.Id,
                c.TeacherId,
                c.SampleIndex,
                c.Text,
                Score = db.Scores
                    .Where(s => s.CandidateId == c.Id && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId)
                    .OrderBy(s => s.Id)
                    .Select(s => s.Value)
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var positions = run.Teachers.ToDictionary(t => t.Teacher.Id, t => t.Position);
        return rows
            .Select(r => new CandidateView(r.Id, positions.GetValueOrDefault(r.TeacherId), r.SampleIndex, r.Text!, r.Score))
            .OrderBy(c => c.TeacherPosition).ThenBy(c => c.SampleIndex)
            .ToList();
    }
}
