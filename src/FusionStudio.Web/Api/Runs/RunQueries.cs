using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Api.Runs;

/// <summary>The API's reads of runs, paged and counted in SQL.</summary>
internal sealed class RunQueries(IDbContextFactory<FusionDbContext> contexts, RunProgressQuery progress, RunCallLog callLog)
{
    public async Task<PagedResponse<RunSummaryResponse>> PageAsync(RunStatus? status, PageRequest page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = db.Runs.AsNoTracking().Where(r => status == null || r.Status == status);
        var total = await runs.CountAsync(cancellationToken);
        var rows = await runs.OrderByDescending(r => r.Id).Skip(page.Skip).Take(page.PageSize)
            .Select(r => new RunSummaryResponse(r.Id, r.Name, r.Status, r.Counters.PromptCount, r.Counters.PromptsDone,
                r.Counters.PromptsFailed, 0m, r.CreatedAt, r.StartedAt, r.FinishedAt))
            .ToListAsync(cancellationToken);

        var counts = await LivePromptCounts.LoadAsync(db, rows.Where(r => LivePromptCounts.MayLag(r.Status)).Select(r => r.Id).ToList(), cancellationToken);
        var spending = await callLog.SummariesAsync(rows.Select(r => r.Id).ToList(), cancellationToken);
        var items = rows
            .Select(r => counts.TryGetValue(r.Id, out var c) ? r with { PromptCount = c.Total, PromptsDone = c.Done, PromptsFailed = c.Failed } : r)
            .Select(r => r with { Cost = spending.GetValueOrDefault(r.Id)?.Cost ?? 0m })
            .ToList();
        return new PagedResponse<RunSummaryResponse>(items, page.Page, page.PageSize, total);
    }

    public async Task<RunDetailResponse?> GetAsync(int runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        var live = await progress.LoadAsync(runId, cancellationToken);
        if (run is null || live is null)
        {
            return null;
        }

        var teacherIds = run.Teachers.Select(t => t.TeacherId).ToList();
        var teachers = await db.Teachers.AsNoTracking().Where(t => teacherIds.Contains(t.Id))
            .ToDictionaryAsync(t => t.Id, t => new { t.Name, t.Model }, cancellationToken);
        var usage = RunUsage.From(await callLog.SummaryAsync(runId, cancellationToken));
        return new RunDetailResponse(
            run.Id, run.Name, live.Status, run.Source, live.StopReason, run.DatasetId, run.PoolId,
            run.Teachers.OrderBy(t => t.Position)
                .Select(t => new RunTeacherResponse(t.TeacherId, teachers.GetValueOrDefault(t.TeacherId)?.Name ?? "", teachers.GetValueOrDefault(t.TeacherId)?.Model ?? "", t.SampleCount))
                .ToList(),
            run.Methods, run.ComparisonPairs.Select(MethodPairDto.From).ToList(),
            run.JudgeTeacherId, run.FusorTeacherId, run.PointwiseJudgeTemplateVersionId, run.PairwiseJudgeTemplateVersionId, run.FusorTemplateVersionId,
            run.RouterId, run.RoutedTopK,
            run.Seed, run.BudgetCap,
            new RunCountersResponse(live.PromptCount, live.Generated, live.Scored, live.Aggregated, live.Done, live.Failed,
                usage.ModelCalls, usage.CachedCalls, usage.InputTokens, usage.OutputTokens, usage.Cost),
            run.CreatedBy, run.CreatedAt, live.StartedAt, live.FinishedAt);
    }

    public async Task<RunStatus?> StatusAsync(int runId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Runs.Where(r => r.Id == runId).Select(r => (RunStatus?)r.Status).SingleOrDefaultAsync(cancellationToken);
    }
}
