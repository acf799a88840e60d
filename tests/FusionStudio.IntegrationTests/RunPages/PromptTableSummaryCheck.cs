using FusionStudio.Data;
using FusionStudio.Data.Runs;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.RunPages;

/// <summary>What the prompt table's definition (<see cref="PromptTableAnswers"/>) computes by joining a run's answers and their score rows, beside what is stored on its prompts.</summary>
public static class PromptTableSummaryCheck
{
    public static async Task<List<PromptTableLine>> JoinedAsync(FusionDbContext db, int runId, MethodPair? pair = null)
    {
        var run = await db.Runs.AsNoTracking().Include(r => r.Teachers).SingleAsync(r => r.Id == runId);
        var answers = PromptTableAnswers.Of(run, pair);
        // Each prompt's shown answer with its score joined from the score rows, not the stored one.
        var joined = await Reports.AnswerScoreCheck.JoinedAsync(db, runId);
        var method = answers.ScoredMethod;
        var shown = await db.Aggregates.AsNoTracking()
            .Where(a => a.RunId == runId && method != null && a.Method == method && a.CandidateLimit == answers.CandidateLimit)
            .Select(a => new { a.PromptId, a.Id })
            .ToListAsync();
        var scores = shown.ToDictionary(a => a.PromptId, a => joined[a.Id]);
        var verdicts = await answers.Comparisons(db).ToDictionaryAsync(c => c.PromptId, c => c.Final);
        var prompts = await db.RunPrompts.AsNoTracking().Where(p => p.RunId == runId).OrderBy(p => p.Ordinal).ToListAsync();
        return prompts.Select(p => new PromptTableLine(p.Ordinal, scores.GetValueOrDefault(p.PromptId), verdicts.GetValueOrDefault(p.PromptId))).ToList();
    }

    public static Task<List<PromptTableLine>> StoredAsync(FusionDbContext db, int runId) =>
        db.RunPrompts.AsNoTracking().Where(p => p.RunId == runId).OrderBy(p => p.Ordinal)
            .Select(p => new PromptTableLine(p.Ordinal, p.Score, p.Verdict)).ToListAsync();

    /// <summary>Every prompt's stored score and verdict equal the join's; returns the lines.</summary>
    public static async Task<List<PromptTableLine>> AssertStoredEqualsJoinedAsync(FusionDbContext db, int runId)
    {
        var joined = await JoinedAsync(db, runId);
        Assert.Equal(joined, await StoredAsync(db, runId));
        return joined;
    }
}
