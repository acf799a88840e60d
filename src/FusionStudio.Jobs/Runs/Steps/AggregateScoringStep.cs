using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Judging;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>
/// Step 4b: the pointwise judge scores each fused answer, with the same judge and template version as the
/// candidates, so a fused answer and the candidates it came from sit on one scale. Only what has no score yet is
/// asked; an unreadable answer is re-asked, then recorded as failed with its reason.
/// </summary>
public sealed class AggregateScoringStep(IDbContextFactory<FusionDbContext> contexts, JudgeAsker judge, RowStore rows, TimeProvider clock)
{
    public Task RunAsync(RunContext run, DatasetPrompt prompt, CancellationToken cancellationToken) =>
        run.Fuses ? ScoreAsync(run, prompt, run.CandidatesPerPrompt, cancellationToken) : Task.CompletedTask;

    /// <summary>Scores the prompt's fused answer made from <paramref name="candidateLimit"/> candidates, if it has none yet.</summary>
    public async Task ScoreAsync(RunContext run, DatasetPrompt prompt, int candidateLimit, CancellationToken cancellationToken)
    {
        if (run.Judge is null || run.PointwiseTemplate is null)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var judgeId = run.Judge.Teacher.Id;
        var versionId = run.PointwiseTemplate.Id;
        var unscored = await db.Aggregates.AsNoTracking()
            .Where(a => a.RunId == run.Run.Id && a.PromptId == prompt.Id && a.Method == AggregationMethod.FusionOfN)
            .Where(a => a.CandidateLimit == candidateLimit && a.Error == null && a.Text != null)
            .Where(a => !db.AggregateScores.Any(s => s.AggregateId == a.Id && s.JudgeTeacherId == judgeId && s.TemplateVersionId == versionId))
            .Select(a => new { a.Id, a.Text })
            .ToListAsync(cancellationToken);

        await Task.WhenAll(unscored.Select(a => ScoreOneAsync(run, prompt, a.Id, a.Text!, cancellationToken)));
    }

    private async Task ScoreOneAsync(RunContext run, DatasetPrompt prompt, long aggregateId, string text, CancellationToken cancellationToken)
    {
        var answer = await judge.ScorePointwiseAsync(run, prompt, text, cancellationToken);
        await rows.AddOnceAsync(
            new AggregateScore
            {
                RunId = run.Run.Id,
                AggregateId = aggregateId,
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
