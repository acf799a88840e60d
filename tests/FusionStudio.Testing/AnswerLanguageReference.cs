using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Imports;
using FusionStudio.Web.Reports;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace FusionStudio.Testing;

/// <summary>
/// A run's answer-language counts computed from the texts, the way the report did before the flag was stored: every
/// candidate and every method's answer at its full candidate limit streamed and checked one at a time. And the
/// checks that the stored flags and the report's counts equal it.
/// </summary>
public static class AnswerLanguageReference
{
    public static async Task<IReadOnlyList<AnswerLanguageCount>> CountsAsync(FusionDbContext db, int runId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var languages = await db.RunPrompts.AsNoTracking().Where(p => p.RunId == runId)
            .Join(db.DatasetPrompts, p => p.PromptId, d => d.Id, (p, d) => new { d.Id, d.Language })
            .ToDictionaryAsync(p => p.Id, p => p.Language);
        // Keyed by method number, the candidates under -1.
        var counts = new Dictionary<int, (int Answers, int Wrong)>();
        void Count(AggregationMethod? method, long promptId, string? text)
        {
            var key = method is { } m ? (int)m : -1;
            var (answers, wrong) = counts.GetValueOrDefault(key);
            var isWrong = languages.TryGetValue(promptId, out var language) && AnswerLanguageCheck.IsWrong(text, language);
            counts[key] = (answers + 1, wrong + (isWrong ? 1 : 0));
        }

        await foreach (var candidate in db.Candidates.AsNoTracking().Where(c => c.RunId == runId && c.Text != null)
                           .Select(c => new { c.PromptId, c.Text }).AsAsyncEnumerable())
        {
            Count(null, candidate.PromptId, candidate.Text);
        }

        var fullLimits = await db.Aggregates.AsNoTracking().Where(a => a.RunId == runId)
            .GroupBy(a => a.Method).Select(g => new { Method = g.Key, Limit = g.Max(a => a.CandidateLimit) })
            .ToDictionaryAsync(g => g.Method, g => g.Limit);
        await foreach (var answer in db.Aggregates.AsNoTracking().Where(a => a.RunId == runId && a.Subset == 0 && a.Text != null)
                           .Select(a => new { a.Method, a.CandidateLimit, a.PromptId, a.Text }).AsAsyncEnumerable())
        {
            if (fullLimits.GetValueOrDefault(answer.Method) == answer.CandidateLimit)
            {
                Count(answer.Method, answer.PromptId, answer.Text);
            }
        }

        return counts.OrderBy(c => c.Key)
            .Select(c => new AnswerLanguageCount(c.Key < 0 ? null : (AggregationMethod)c.Key, c.Value.Answers, c.Value.Wrong))
            .ToList();
    }

    /// <summary>
    /// Every candidate and answer of the run with a text holds the check's outcome for it and its prompt's language;
    /// those without a text hold no flag.
    /// </summary>
    public static async Task AssertStoredFlagsEqualTheCheckAsync(FusionDbContext db, int runId)
    {
        ArgumentNullException.ThrowIfNull(db);
        var candidates = await db.Candidates.AsNoTracking().Where(c => c.RunId == runId)
            .Join(db.DatasetPrompts, c => c.PromptId, d => d.Id, (c, d) => new { c.Id, c.Text, c.WrongLanguage, d.Language })
            .ToListAsync();
        var answers = await db.Aggregates.AsNoTracking().Where(a => a.RunId == runId)
            .Join(db.DatasetPrompts, a => a.PromptId, d => d.Id, (a, d) => new { a.Id, a.Text, a.WrongLanguage, d.Language })
            .ToListAsync();
        Assert.NotEmpty(candidates);
        Assert.All(candidates, c => Assert.Equal(Expected(c.Text, c.Language), c.WrongLanguage));
        Assert.All(answers, a => Assert.Equal(Expected(a.Text, a.Language), a.WrongLanguage));
    }

    private static bool? Expected(string? text, string language) => text is null ? null : AnswerLanguageCheck.IsWrong(text, language);

    /// <summary>The report's counts equal the ones from the texts; returns them.</summary>
    public static async Task<IReadOnlyList<AnswerLanguageCount>> AssertCountsEqualTheTextsAsync(FusionDbContext db, AnswerLanguageCountsQuery query, int runId)
    {
        ArgumentNullException.ThrowIfNull(query);
        var expected = await CountsAsync(db, runId);
        var counted = await query.LoadAsync(runId);
        Assert.Equal(expected, counted);
        return counted;
    }
}
