using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Imports;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Web.Reports;

/// <summary>
/// Counts, per method and for the candidates, the answers whose script does not fit their prompt's language. The
/// texts are streamed and checked one at a time (the check needs no model call), so memory stays flat.
/// </summary>
public sealed class AnswerLanguageCountsQuery(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<IReadOnlyList<AnswerLanguageCount>> LoadAsync(int runId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var languages = await db.RunPrompts.AsNoTracking().Where(p => p.RunId == runId)
            .Join(db.DatasetPrompts, p => p.PromptId, d => d.Id, (p, d) => new { d.Id, d.Language })
            .ToDictionaryAsync(p => p.Id, p => p.Language, cancellationToken);
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
                           .Select(c => new { c.PromptId, c.Text }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Count(null, candidate.PromptId, candidate.Text);
        }

        // Each method's own answers: its largest candidate limit, not the scaling curve's smaller ones.
        var fullLimits = await db.Aggregates.AsNoTracking().Where(a => a.RunId == runId)
            .GroupBy(a => a.Method).Select(g => new { Method = g.Key, Limit = g.Max(a => a.CandidateLimit) })
            .ToDictionaryAsync(g => g.Method, g => g.Limit, cancellationToken);
        await foreach (var answer in db.Aggregates.AsNoTracking().Where(a => a.RunId == runId && a.Subset == 0 && a.Text != null)
                           .Select(a => new { a.Method, a.CandidateLimit, a.PromptId, a.Text }).AsAsyncEnumerable().WithCancellation(cancellationToken))
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
}
