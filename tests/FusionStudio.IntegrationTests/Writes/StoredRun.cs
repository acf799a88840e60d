using System.Globalization;
using FusionStudio.Data;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Writes;

/// <summary>
/// A run's stored rows in words that two databases share: prompts by ordinal, teachers by model, each call by the row
/// it belongs to; keys, timestamps and latencies left out. Two runs of the same shape that stored the same rows read
/// the same, wherever their keys and clocks differ.
/// </summary>
internal sealed record StoredRun(
    IReadOnlyList<string> Candidates, IReadOnlyList<string> Scores, IReadOnlyList<string> Aggregates, IReadOnlyList<string> LayerAnswers, IReadOnlyList<string> Calls)
{
    public static async Task<StoredRun> ReadAsync(FusionDbContext db, int runId)
    {
        var prompts = await db.RunPrompts.AsNoTracking().Where(p => p.RunId == runId).ToDictionaryAsync(p => p.PromptId, p => p.Ordinal);
        var teachers = await db.Teachers.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Model);
        var candidates = await db.Candidates.AsNoTracking().Where(c => c.RunId == runId).ToListAsync();
        var aggregates = await db.Aggregates.AsNoTracking().Where(a => a.RunId == runId).ToListAsync();
        var scores = await db.Scores.AsNoTracking().Where(s => s.RunId == runId).ToListAsync();
        var layerAnswers = await db.LayerAnswers.AsNoTracking().Where(a => a.RunId == runId).ToListAsync();
        var calls = await db.ModelCalls.AsNoTracking().Where(c => c.RunId == runId).ToListAsync();

        var candidateOf = candidates.ToDictionary(c => c.Id, c => F($"candidate {prompts[c.PromptId]}/{teachers[c.TeacherId]}/{c.SampleIndex}"));
        var aggregateOf = aggregates.ToDictionary(a => a.Id, a => F($"aggregate {prompts[a.PromptId]}/{a.Method}/{a.CandidateLimit}/{a.Subset}"));
        var scoreOf = scores.ToDictionary(
            s => s.Id,
            s => F($"score of {(s.CandidateId is { } c ? candidateOf[c] : aggregateOf[s.AggregateId!.Value])} by {teachers[s.JudgeTeacherId]}"));
        var layerAnswerOf = layerAnswers.ToDictionary(a => a.Id, a => F($"layer answer {prompts[a.PromptId]}/{a.Layer}/{teachers[a.TeacherId]}/{a.SampleIndex}"));
        string Owner(ModelCall call) =>
            call.CandidateId is { } c ? candidateOf[c]
            : call.ScoreId is { } s ? scoreOf[s]
            : call.AggregateId is { } a ? aggregateOf[a]
            : call.LayerAnswerId is { } l ? layerAnswerOf[l]
            : call.ComparisonId is not null ? "a comparison"
            : "no row";

        return new StoredRun(
            Sorted(candidates.Select(c => F($"{candidateOf[c.Id]}: {c.Text} | {c.Error} | {c.WrongLanguage} | {string.Join(',', c.HintTemplateIds)}"))),
            Sorted(scores.Select(s => F($"{scoreOf[s.Id]}: {s.Value} | {s.Attempts} | {s.Error} | {s.RawAnswer}"))),
            Sorted(aggregates.Select(a => F($"{aggregateOf[a.Id]}: {a.Text} | {a.Error} | {a.WrongLanguage} | {(a.SelectedCandidateId is { } c ? candidateOf[c] : "")} | {string.Join(',', a.SourceCandidateIds.Select(id => candidateOf[id]))}"))),
            Sorted(layerAnswers.Select(a => F($"{layerAnswerOf[a.Id]}: {a.Text} | {a.Error}"))),
            Sorted(calls.Select(c =>
                F($"{c.Purpose} {(c.PromptId is { } p ? prompts[p] : -1)}/{(c.TeacherId is { } t ? teachers[t] : "")}/{c.Model}/{c.SampleIndex} for {Owner(c)}: ")
                + F($"{c.Attempts} | {c.Usage.InputTokens} | {c.Usage.OutputTokens} | {c.Usage.Cost} | {c.Usage.FinishReason} | {c.Usage.CacheHit} | {c.ErrorKind} | {c.Error} | ")
                + F($"{Convert.ToBase64String(c.Request ?? [])} | {Convert.ToBase64String(c.Response ?? [])}"))));
    }

    private static List<string> Sorted(IEnumerable<string> rows) => rows.Order(StringComparer.Ordinal).ToList();

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
