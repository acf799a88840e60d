using FusionStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Exports;

/// <summary>What every batch query of an export needs to know about the run: its judge and its teachers' order.</summary>
internal sealed record ExportRunInfo(int RunId, int DatasetId, int? JudgeTeacherId, int? PointwiseTemplateVersionId, IReadOnlyDictionary<int, int> TeacherPositions)
{
    public static async Task<ExportRunInfo?> LoadAsync(FusionDbContext db, int runId, CancellationToken cancellationToken)
    {
        var run = await db.Runs.AsNoTracking()
            .Where(r => r.Id == runId)
            .Select(r => new { r.Id, r.DatasetId, r.JudgeTeacherId, r.PointwiseJudgeTemplateVersionId })
            .SingleOrDefaultAsync(cancellationToken);
        if (run is null)
        {
            return null;
        }

        var positions = await db.RunTeachers.AsNoTracking()
            .Where(t => t.RunId == runId)
            .ToDictionaryAsync(t => t.TeacherId, t => t.Position, cancellationToken);
        return new ExportRunInfo(run.Id, run.DatasetId, run.JudgeTeacherId, run.PointwiseJudgeTemplateVersionId, positions);
    }

    public int PositionOf(int teacherId) => TeacherPositions.TryGetValue(teacherId, out var position) ? position : int.MaxValue;
}
