using FusionStudio.Data;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Reports;

/// <summary>
/// Each answer's stored score and text hash beside what the reference join gives: the run's judge's score (its
/// judge and pointwise version) of the selected candidate for a selector, of the answer itself otherwise.
/// </summary>
public static class AnswerScoreCheck
{
    /// <summary>The reference: each answer's score joined from the score rows, by answer id.</summary>
    public static async Task<Dictionary<long, double?>> JoinedAsync(FusionDbContext db, int runId)
    {
        var run = await db.Runs.AsNoTracking().SingleAsync(r => r.Id == runId);
        var scores = await db.Scores.AsNoTracking()
            .Where(s => s.RunId == runId && s.JudgeTeacherId == run.JudgeTeacherId && s.TemplateVersionId == run.PointwiseJudgeTemplateVersionId)
            .Select(s => new { s.CandidateId, s.AggregateId, s.Value })
            .ToListAsync();
        var ofCandidate = scores.Where(s => s.CandidateId is not null).ToDictionary(s => s.CandidateId!.Value, s => s.Value);
        var ofAnswer = scores.Where(s => s.AggregateId is not null).ToDictionary(s => s.AggregateId!.Value, s => s.Value);
        var answers = await db.Aggregates.AsNoTracking().Where(a => a.RunId == runId).Select(a => new { a.Id, a.SelectedCandidateId }).ToListAsync();
        return answers.ToDictionary(
            a => a.Id,
            a => a.SelectedCandidateId is { } selected ? ofCandidate.GetValueOrDefault(selected) : ofAnswer.GetValueOrDefault(a.Id));
    }

    /// <summary>
    /// Asserts every answer of the run stores the joined score and (unless <paramref name="hashes"/> is false) its
    /// text's hash; returns how many answers have a score.
    /// </summary>
    public static async Task<int> AssertStoredEqualsJoinedAsync(FusionDbContext db, int runId, bool hashes = true)
    {
        var joined = await JoinedAsync(db, runId);
        var answers = await db.Aggregates.AsNoTracking().Where(a => a.RunId == runId).ToListAsync();
        Assert.NotEmpty(answers);
        foreach (var answer in answers)
        {
            Assert.True(joined[answer.Id] == answer.Score, $"{answer.Method}@{answer.CandidateLimit} of prompt {answer.PromptId}: stored {answer.Score}, joined {joined[answer.Id]}");
            Assert.Equal(hashes ? AnswerTextHash.Of(answer.Text) : null, answer.TextHash);
        }

        return answers.Count(a => a.Score is not null);
    }
}
