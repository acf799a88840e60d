using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;
using FusionStudio.Engine.Methods;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Web.Reports.Compare;

/// <summary>
/// How each run's judge verdicts moved against the baseline, pair by pair, on the prompts both runs judged. Win rates
/// use <see cref="WinRateInterval"/> (as the report does) and the change uses <see cref="PairedDifference"/> (as the
/// score differences do), so a sweep of fusor prompts reads like the report of each run.
/// </summary>
public sealed class PairShiftQuery(IDbContextFactory<FusionDbContext> contexts, IOptions<BootstrapOptions> bootstrap)
{
    public async Task<IReadOnlyList<PairShift>> LoadAsync(int baseline, IReadOnlyList<int> others, IReadOnlyList<MethodPair> pairs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(others);
        ArgumentNullException.ThrowIfNull(pairs);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runIds = others.Prepend(baseline).Distinct().ToList();
        var level = bootstrap.Value.Level;
        var shifts = new List<PairShift>();
        foreach (var pair in pairs)
        {
            var verdicts = await SharedVerdicts.LoadAsync(db, runIds, pair, cancellationToken);
            var mine = verdicts.Where(v => v.Key.RunId == baseline).ToDictionary(v => v.Key.PromptId, v => v.Value);
            foreach (var other in others)
            {
                var shared = verdicts.Where(v => v.Key.RunId == other && mine.ContainsKey(v.Key.PromptId))
                    .Select(v => (v.Key.PromptId, Baseline: mine[v.Key.PromptId], Run: v.Value))
                    .ToList();
                var difference = PairedDifference.Of(
                    shared.Select(s => (SharedVerdicts.Value(s.Baseline), SharedVerdicts.Value(s.Run))),
                    StableRandom.SeedFrom(baseline, other, (int)pair.A, (int)pair.B),
                    bootstrap.Value);
                shifts.Add(new PairShift(
                    pair,
                    other,
                    WinRateAnalysis.Estimate(shared.Select(s => new PromptOutcome(s.PromptId, s.Baseline)), level),
                    WinRateAnalysis.Estimate(shared.Select(s => new PromptOutcome(s.PromptId, s.Run)), level),
                    difference,
                    shared.Count(s => s.Baseline != s.Run)));
            }
        }

        return shifts;
    }
}
