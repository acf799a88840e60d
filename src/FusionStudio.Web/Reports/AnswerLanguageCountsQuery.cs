using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Reports;

/// <summary>
/// Counts, per method and for the candidates, the answers whose script does not fit their prompt's language. Each
/// answer stores the answer-language check's outcome with its text (decision 0016), so the counts are grouped in the
/// database from an index alone; answers stored before the flag was are checked and stored first, once. After that
/// an answer has a flag exactly when it has a text, so the flag tells which answers count.
/// </summary>
public sealed class AnswerLanguageCountsQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<IReadOnlyList<AnswerLanguageCount>> LoadAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await UncheckedAnswerLanguages.StoreAsync(db, runId, cancellationToken);

        var counts = new List<AnswerLanguageCount>();
        var candidates = await db.Candidates.AsNoTracking().Where(c => c.RunId == runId)
            .GroupBy(c => c.WrongLanguage).Select(g => new { Wrong = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        if (candidates.Any(g => g.Wrong is not null))
        {
            counts.Add(new AnswerLanguageCount(null, candidates.Where(g => g.Wrong is not null).Sum(g => g.Count), candidates.Where(g => g.Wrong == true).Sum(g => g.Count)));
        }

        var answers = await db.Aggregates.AsNoTracking().Where(a => a.RunId == runId)
            .GroupBy(a => new { a.Method, a.CandidateLimit, a.Subset, a.WrongLanguage })
            .Select(g => new { g.Key.Method, g.Key.CandidateLimit, g.Key.Subset, g.Key.WrongLanguage, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var fullLimits = FullCandidateLimits.Of(answers, g => g.Method, g => g.CandidateLimit);
        counts.AddRange(answers.Where(g => g.Subset == 0 && g.CandidateLimit == fullLimits[g.Method] && g.WrongLanguage is not null)
            .GroupBy(g => g.Method)
            .OrderBy(m => (int)m.Key)
            .Select(m => new AnswerLanguageCount(m.Key, m.Sum(g => g.Count), m.Where(g => g.WrongLanguage == true).Sum(g => g.Count))));
        return counts;
    }
}
