using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Judging;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>
/// Step 2: the pointwise judge scores each successful candidate that has no score yet. An answer that cannot be
/// parsed is asked again, up to a limit; then the failure is recorded — never a made-up default score.
/// </summary>
public sealed class CandidateScoringStep(IDbContextFactory<FusionDbContext> contexts, JudgeAsker judge, RowStore rows, TimeProvider clock)
{
    public async Task RunAsync(RunContext run, DatasetPrompt prompt, CancellationToken cancellationToken)
    {
        if (!run.NeedsScores || run.Judge is null || run.PointwiseTemplate is null)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var versionId = run.PointwiseTemplate.Id;
        var judgeId = run.Judge.Teacher.Id;
        var unscored = await db.Candidates
            .Where(c => c.RunId == run.Run.Id && c.PromptId == prompt.Id && c.Error == null && c.Text != null)
            .Where(c => !db.JudgeScores.Any(s => s.CandidateId == c.Id && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId))
            .Select(c => new { c.Id, c.Text })
            .ToListAsync(cancellationToken);

        await Task.WhenAll(unscored.Select(c => ScoreAsync(run, prompt, c.Id, c.Text!, cancellationToken)));
    }

    private async Task ScoreAsync(RunContext run, DatasetPrompt prompt, long candidateId, string text, CancellationToken cancellationToken)
    {
        var answer = await judge.ScorePointwiseAsync(run, prompt, text, cancellationToken);
        await rows.AddOnceAsync(
            new JudgeScore
            {
                RunId = run.Run.Id,
                CandidateId = candidateId,
                JudgeTeacherId = run.Judge!.Teacher.Id,
                TemplateVersionId = run.PointwiseTemplate!.Id,
                Score = answer.Verdict?.Score,
                Rationale = answer.Verdict?.Rationale,
                RawAnswer = answer.RawAnswer,
                Attempts = answer.Attempts,
                Usage = answer.Usage,
                Error = answer.Error,
                CreatedAt = clock.GetUtcNow(),
            },
            cancellationToken);
    }
}
