using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Reports;

/// <summary>
/// Counts, per method and for the candidates, the answers whose script does not fit their prompt's language. Each
/// answer stores the answer-language check's outcome when its text is written (decision 0016), so the counts are
/// grouped in the database from an index; answers stored before the flag was are checked and stored first, once.
/// </summary>
public sealed class AnswerLanguageCountsQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<IReadOnlyList<AnswerLanguageCount>> LoadAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await UncheckedAnswerLanguages.StoreAsync(db, runId, cancellationToken);

        var counts = new List<AnswerLanguageCount>();
        var candidates = await db.Candidates.AsNoTracking().Where(c => c.RunId == runId && c.Text != null)
            .GroupBy(c => c.WrongLanguage).Select(g => new { Wrong = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        if (candidates.Count > 0)
        {
            counts.Add(new AnswerLanguageCount(null, candidates.Sum(g => g.Count), candidates.Where(g => g.Wrong == true).Sum(g => g.Count)));
        }

        // Each method's own answers: its largest candidate limit, not the scaling curve's smaller ones.
        var fullLimits = await db.Aggregates.AsNoTracking().Where(a => a.RunId == runId)
            .GroupBy(a => a.Method).Select(g => new { Method = g.Key, Limit = g.Max(a => a.CandidateLimit) })
            .ToDictionaryAsync(g => g.Method, g => g.Limit, cancellationToken);
        var answers = await db.Aggregates.AsNoTracking().Where(a => a.RunId == runId && a.Subset == 0 && a.Text != null)
            .GroupBy(a => new { a.Method, a.CandidateLimit, a.WrongLanguage })
            .Select(g => new { g.Key.Method, g.Key.CandidateLimit, g.Key.WrongLanguage, Count = g.Count() })
            .ToListAsync(cancellationToken);
        counts.AddRange(answers.Where(g => fullLimits.GetValueOrDefault(g.Method) == g.CandidateLimit)
            .GroupBy(g => g.Method)
            .OrderBy(g => (int)g.Key)
            .Select(g => new AnswerLanguageCount(g.Key, g.Sum(x => x.Count), g.Where(x => x.WrongLanguage == true).Sum(x => x.Count))));
        return counts;
    }
}
