using FusionStudio.Data;
using FusionStudio.Domain.Routing;
using FusionStudio.Engine.Routing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Routing;

/// <summary>
/// Reads the answers of some runs as routers see them: each candidate's query (prompt text and task), model,
/// performance under the signal, and cost from the call log (imported records carry theirs as an imported call).
/// </summary>
public sealed class RoutingLogLoader(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<(RoutingLog Log, int Dropped)> LoadAsync(
        IReadOnlyCollection<int> runIds, IReadOnlyList<string> candidates, RoutingSignal signal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var answers = await (
            from c in db.Candidates.AsNoTracking()
            where runIds.Contains(c.RunId) && c.Text != null && c.Error == null
            join t in db.Teachers on c.TeacherId equals t.Id
            join p in db.DatasetPrompts on c.PromptId equals p.Id
            select new { c.Id, c.PromptId, p.Text, p.Task, t.Model, c.ImportedScore })
            .ToListAsync(cancellationToken);

        var costs = (await db.ModelCalls.AsNoTracking()
                .Where(m => m.RunId != null && runIds.Contains(m.RunId.Value) && m.CandidateId != null)
                .Select(m => new { CandidateId = m.CandidateId!.Value, m.Usage.Cost })
                .ToListAsync(cancellationToken))
            .GroupBy(m => m.CandidateId)
            .ToDictionary(g => g.Key, g => g.Sum(m => (double)m.Cost));

        var judged = signal == RoutingSignal.ImportedScore
            ? []
            : (await db.Scores.AsNoTracking()
                    .Where(s => runIds.Contains(s.RunId) && s.CandidateId != null && s.Value != null)
                    .Select(s => new { CandidateId = s.CandidateId!.Value, Value = s.Value!.Value })
                    .ToListAsync(cancellationToken))
                .GroupBy(s => s.CandidateId)
                .ToDictionary(g => g.Key, g => g.Average(s => s.Value));

        var logged = answers.Select(a => new LoggedAnswer(
            a.PromptId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            a.Task,
            a.Text,
            a.Model,
            ScoreSignal.Performance(signal, a.ImportedScore, judged.TryGetValue(a.Id, out var judge) ? judge : null),
            costs.GetValueOrDefault(a.Id)));
        return RoutingLogBuilder.Build(logged, candidates);
    }
}
