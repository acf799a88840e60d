using FusionStudio.Data;
using FusionStudio.Data.Security;
using FusionStudio.Domain.Prompts;
using FusionStudio.Engine.Gateway;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs;

/// <summary>Loads a run with its pinned teachers, judge, fusor and template versions, and decrypts the keys it needs.</summary>
public sealed class RunContextLoader(IDbContextFactory<FusionDbContext> contexts, ApiKeyProtector keys)
{
    public async Task<RunContext?> LoadAsync(int runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var teacherIds = run.Teachers.Select(t => t.TeacherId)
            .Concat(new[] { run.JudgeTeacherId, run.FusorTeacherId }.OfType<int>())
            .Distinct()
            .ToList();
        var teachers = await db.Teachers.AsNoTracking().Include(t => t.Provider)
            .Where(t => teacherIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, cancellationToken);

        RunTeacherContext Context(int teacherId, int position, int samples)
        {
            var teacher = teachers[teacherId];
            var provider = teacher.Provider!;
            return new RunTeacherContext(position, teacher, samples, ProviderEndpoint.From(provider, keys.Unprotect(provider.ProtectedApiKey)))
            {
                SampleOffset = run.SampleOffset,
            };
        }

        var versionIds = new[] { run.PointwiseJudgeTemplateVersionId, run.PairwiseJudgeTemplateVersionId, run.FusorTemplateVersionId, run.ProposerTemplateVersionId, run.HintsTemplateVersionId }
            .OfType<int>().ToList();
        var versions = await db.PromptTemplateVersions.AsNoTracking()
            .Where(v => versionIds.Contains(v.Id))
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        PromptTemplateVersion? Version(int? id) => id is { } value ? versions[value] : null;

        return new RunContext(
            run,
            run.Teachers.OrderBy(t => t.Position).Select(t => Context(t.TeacherId, t.Position, t.SampleCount)).ToList(),
            run.JudgeTeacherId is { } judge ? Context(judge, -1, 1) : null,
            run.FusorTeacherId is { } fusor ? Context(fusor, -1, 1) : null,
            Version(run.PointwiseJudgeTemplateVersionId),
            Version(run.PairwiseJudgeTemplateVersionId),
            Version(run.FusorTemplateVersionId))
        {
            ProposerTemplate = Version(run.ProposerTemplateVersionId),
            HintsTemplate = run.ThoughtTemplateSetId is null ? null : Version(run.HintsTemplateVersionId),
        };
    }
}
