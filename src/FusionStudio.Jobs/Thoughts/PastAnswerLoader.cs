using FusionStudio.Data;
using FusionStudio.Engine.PastAnswers;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Thoughts;

/// <summary>
/// Reads the answered prompts of some runs (generated or imported logs) as the thought level learns from them: per
/// run and prompt, every answer with its imported score, the judge's score and its cost from the call log.
/// </summary>
public sealed class PastAnswerLoader(IDbContextFactory<FusionDbContext> contexts)
{
    public async Task<IReadOnlyList<PastQuery>> LoadAsync(IReadOnlyCollection<int> runIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var answers = await (
            from c in db.Candidates.AsNoTracking()
            where runIds.Contains(c.RunId) && c.Text != null && c.Error == null
            join t in db.Teachers on c.TeacherId equals t.Id
            join rt in db.RunTeachers on new { c.RunId, c.TeacherId } equals new { rt.RunId, rt.TeacherId } into positions
            from rt in positions.DefaultIfEmpty()
            select new { c.Id, c.RunId, c.PromptId, c.SampleIndex, Text = c.Text!, t.Model, Position = rt == null ? int.MaxValue : rt.Position, c.ImportedScore })
            .ToListAsync(cancellationToken);
        var costs = (await db.ModelCalls.AsNoTracking()
                .Where(m => m.RunId != null && runIds.Contains(m.RunId.Value) && m.CandidateId != null)
                .Select(m => new { CandidateId = m.CandidateId!.Value, m.Usage.Cost })
                .ToListAsync(cancellationToken))
            .GroupBy(m => m.CandidateId)
            .ToDictionary(g => g.Key, g => g.Sum(m => (double)m.Cost));
        var judged = (await db.Scores.AsNoTracking()
                .Where(s => runIds.Contains(s.RunId) && s.CandidateId != null && s.Value != null)
                .Select(s => new { CandidateId = s.CandidateId!.Value, Value = s.Value!.Value })
                .ToListAsync(cancellationToken))
            .GroupBy(s => s.CandidateId)
            .ToDictionary(g => g.Key, g => g.Average(s => s.Value));
        var promptIds = answers.Select(a => a.PromptId).Distinct().ToList();
        var prompts = new Dictionary<long, (string Text, string Task, string Language)>();
        foreach (var chunk in promptIds.Chunk(5_000))
        {
            foreach (var p in await db.DatasetPrompts.AsNoTracking().Where(p => chunk.Contains(p.Id))
                         .Select(p => new { p.Id, p.Text, p.Task, p.Language }).ToListAsync(cancellationToken))
            {
                prompts[p.Id] = (p.Text, p.Task, p.Language);
            }
        }

        return answers
            .GroupBy(a => (a.RunId, a.PromptId))
            .Select(g =>
            {
                var prompt = prompts[g.Key.PromptId];
                var ordered = g.OrderBy(a => a.Position).ThenBy(a => a.SampleIndex).ThenBy(a => a.Id).ToList();
                return new PastQuery(g.Key.RunId, g.Key.PromptId, prompt.Text, prompt.Task, prompt.Language,
                    ordered.Select((a, order) => PastAnswer.From(a.Id, a.Model, a.Text, a.ImportedScore,
                        judged.TryGetValue(a.Id, out var judge) ? judge : null, costs.GetValueOrDefault(a.Id), order)).ToList());
            })
            .OrderBy(q => q.RunId).ThenBy(q => q.PromptId)
            .ToList();
    }
}
