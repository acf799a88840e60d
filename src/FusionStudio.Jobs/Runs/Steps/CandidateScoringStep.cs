using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Judging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>
/// Step 2: the pointwise judge scores each successful candidate that has no score yet. An answer that cannot be
/// parsed is asked again, up to a limit; then the failure is recorded — never a made-up default score.
/// </summary>
public sealed class CandidateScoringStep(
    IDbContextFactory<FusionDbContext> contexts, IModelGateway gateway, RowStore rows, IOptions<RunOptions> options, TimeProvider clock)
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
        var messages = PointwiseRequestBuilder.Build(run.PointwiseTemplate!, prompt, text);
        var policy = new JudgeRetryPolicy(options.Value.JudgeMaxAttempts);
        var calls = new List<ModelCallUsage>();
        var score = new JudgeScore
        {
            RunId = run.Run.Id,
            CandidateId = candidateId,
            JudgeTeacherId = run.Judge!.Teacher.Id,
            TemplateVersionId = run.PointwiseTemplate!.Id,
        };

        while (policy.CanAskAgain(score.Attempts))
        {
            // Each re-ask is a new sample, so neither the cache nor a seeded model repeats the unreadable answer.
            var result = await gateway.CompleteAsync(run.Judge.Request(messages, score.Attempts, ModelCallPurpose.PointwiseJudge), cancellationToken);
            score.Attempts++;
            calls.Add(result.Usage);
            score.RawAnswer = result.Text;
            if (!result.Succeeded)
            {
                score.Error = result.FailureReason;
                break;
            }

            if (PointwiseVerdictParser.TryParse(result.Text, out var verdict, out var reason))
            {
                score.Score = verdict.Score;
                score.Rationale = verdict.Rationale;
                score.Error = null;
                break;
            }

            score.Error = $"Unreadable judge answer after {score.Attempts} attempt(s): {reason}";
        }

        score.Usage = UsageSum.Of(calls);
        score.CreatedAt = clock.GetUtcNow();
        await rows.AddOnceAsync(score, cancellationToken);
    }
}
