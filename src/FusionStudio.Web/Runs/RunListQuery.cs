using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Runs;

/// <summary>
/// The newest runs, with live prompt counts where the stored ones may lag (see <see cref="LivePromptCounts"/>) and
/// the cost from the call log, the same figure the run page shows, and the headline: the judge's win rate of the
/// first pair the report shows, counted for all listed runs in one grouped query.
/// </summary>
public sealed class RunListQuery(IDbContextFactory<FusionDbContext> contexts, RunCallLog callLog, IOptions<BootstrapOptions> bootstrap)
{
    public const int Limit = 500;

    public async Task<IReadOnlyList<RunListRow>> LoadAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var loaded = await db.Runs.AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Take(Limit)
            .Select(r => new
            {
                Row = new RunListRow(r.Id, r.Name, r.Status, r.Counters.PromptCount, r.Counters.PromptsDone,
                    r.Counters.PromptsFailed, 0m, r.CreatedAt, r.StartedAt, r.FinishedAt,
                    db.Datasets.Where(d => d.Id == r.DatasetId).Select(d => d.Name).FirstOrDefault(),
                    db.TeacherPools.Where(p => p.Id == r.PoolId).Select(p => p.Name).FirstOrDefault(),
                    r.Note),
                r.ComparisonPairs,
            })
            .ToListAsync(cancellationToken);
        var ids = loaded.Select(r => r.Row.Id).ToList();
        var verdicts = (await db.Comparisons.AsNoTracking()
            .Where(c => ids.Contains(c.RunId) && c.Final != null)
            .GroupBy(c => new { c.RunId, c.MethodA, c.MethodB, c.Final })
            .Select(g => new { g.Key.RunId, Count = new VerdictCount(g.Key.MethodA, g.Key.MethodB, g.Key.Final!.Value, g.Count()) })
            .ToListAsync(cancellationToken))
            .ToLookup(v => v.RunId, v => v.Count);
        var runs = loaded.Select(r =>
        {
            var pair = MethodPair.Reported(r.ComparisonPairs)[0];
            return r.Row with { HeadlinePair = pair, Headline = PairAnalysis.Estimate(pair, verdicts[r.Row.Id], bootstrap.Value.Level) };
        }).ToList();

        var counts = await LivePromptCounts.LoadAsync(db, runs.Where(r => LivePromptCounts.MayLag(r.Status)).Select(r => r.Id).ToList(), cancellationToken);
        var spending = await callLog.SummariesAsync(runs.Select(r => r.Id).ToList(), cancellationToken);
        return runs
            .Select(r => counts.TryGetValue(r.Id, out var c) ? r with { PromptCount = c.Total, PromptsDone = c.Done, PromptsFailed = c.Failed } : r)
            .Select(r => r with { Cost = spending.TryGetValue(r.Id, out var calls) ? RunUsage.From(calls).Cost : RunUsage.None.Cost })
            .ToList();
    }
}
