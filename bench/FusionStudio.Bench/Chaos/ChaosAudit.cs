using FusionStudio.Domain.Runs;
using FusionStudio.FakeOpenAi.Recording;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Bench.Chaos;

/// <summary>Reads what a scenario left: the run from the database, the calls paid for from the provider's request log.</summary>
internal static class ChaosAudit
{
    public static async Task<ChaosOutcome> ReadAsync(ChaosCluster cluster, string scenario, IReadOnlyList<TimeSpan> recoveries, TimeSpan wall)
    {
        var runId = cluster.RunId;
        var settings = cluster.Settings;
        await using var db = cluster.Driver.CreateDbContext();
        var status = await db.Runs.Where(r => r.Id == runId).Select(r => r.Status).SingleAsync();
        var stages = await db.RunPrompts.Where(p => p.RunId == runId).GroupBy(p => p.Stage).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
        var done = stages.Where(s => s.Key == PromptStage.Done).Sum(s => s.Count);
        var failed = stages.Where(s => s.Key == PromptStage.Failed).Sum(s => s.Count);

        var candidates = await db.Candidates.Where(c => c.RunId == runId).Select(c => new { c.PromptId, c.TeacherId, c.SampleIndex }).ToListAsync();
        var aggregates = await db.Aggregates.Where(a => a.RunId == runId).Select(a => new { a.PromptId, a.Method, a.CandidateLimit }).ToListAsync();
        var comparisons = await db.Comparisons.Where(c => c.RunId == runId).Select(c => new { c.PromptId, c.MethodA, c.MethodB }).ToListAsync();
        var scores = await db.Scores.Where(s => s.RunId == runId).Select(s => new { s.CandidateId, s.AggregateId, s.TemplateVersionId }).ToListAsync();
        var duplicates = (candidates.Count - candidates.Distinct().Count()) + (aggregates.Count - aggregates.Distinct().Count())
            + (comparisons.Count - comparisons.Distinct().Count()) + (scores.Count - scores.Distinct().Count());
        var expectedCandidates = settings.Prompts * settings.Teachers;
        var lost = (settings.Prompts - done - failed) + Math.Max(0, expectedCandidates - candidates.Distinct().Count());

        // Paid: the provider produced an answer (a malformed body is billed too). Paid twice: the same request answered again.
        var paid = cluster.Models.RequestLog.Snapshot()
            .Where(r => r.Kind is not (FakeRequestKind.Models or FakeRequestKind.Invalid) && r.StatusCode == 200 && !r.Aborted)
            .ToList();
        var distinctPaid = paid.Select(r => $"{r.Kind}|{r.BaseModel}|{r.Seed}|{string.Join('\u001f', r.Messages.Select(m => m.Content))}").Distinct().Count();
        var stored = await db.ModelCalls.CountAsync(c => c.RunId == runId && !c.Usage.CacheHit && c.ErrorKind == null && c.Error == null);

        // Why prompts failed: the prompt's own reason and the failed calls behind it, so a failed scenario says why.
        var promptErrors = await db.RunPrompts.Where(p => p.RunId == runId && p.Stage == PromptStage.Failed)
            .Select(p => p.Error ?? "(no reason)").ToListAsync();
        var callErrors = await db.ModelCalls.Where(c => c.RunId == runId && c.Error != null)
            .Select(c => new { c.Purpose, c.Error, c.Attempts }).ToListAsync();
        var reasons = promptErrors.Select(e => $"prompt: {e}")
            .Concat(callErrors.Select(c => $"{c.Purpose} call: {c.Error} ({c.Attempts} attempts)"))
            .GroupBy(r => r)
            .Select(g => $"{g.Count()} x {g.Key}")
            .ToList();

        return new ChaosOutcome(
            scenario,
            status == RunStatus.Completed,
            failed,
            lost,
            duplicates,
            paid.Count,
            paid.Count - distinctPaid,
            Math.Max(0, paid.Count - stored),
            recoveries,
            wall,
            reasons);
    }
}
