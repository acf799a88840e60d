using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Jobs.Runs.Reads;
using FusionStudio.Jobs.Scaling;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>
/// The pointwise judge scores answers that have no score yet from the run's judge and template version: the
/// candidates (step 2, for Best-of-N) and the fused answers (after fusion, and each FusioN@k point), so a fused
/// answer and the candidates it came from sit on one scale. An answer that cannot be parsed is asked again, up to a
/// limit; then the failure is recorded — never a made-up default score.
/// </summary>
public sealed class ScoringStep(PromptCandidateReader candidates, PromptAggregateReader aggregates, JudgeAsker judge, RowStore rows, BestOfKStore bestOfK, TimeProvider clock)
{
    /// <summary>Scores the prompt's successful candidates, when a method of the run needs their scores (see <see cref="RunContext.ScoresCandidates"/>).</summary>
    public async Task ScoreCandidatesAsync(RunContext run, DatasetPrompt prompt, CancellationToken cancellationToken)
    {
        if (!run.ScoresCandidates)
        {
            return;
        }

        var unscored = (await candidates.ReadAsync(run, prompt.Id, cancellationToken))
            .Where(c => c.Answered && !c.Scored)
            .Select(c => new UnscoredAnswer(c.Id, null, c.Text!))
            .ToList();
        await ScoreAllAsync(run, prompt, unscored, ModelCallPurpose.JudgeCandidate, cancellationToken);
        if (unscored.Count > 0)
        {
            // Read again through the batched reader: the same candidates and scores, now with the new ones.
            var answered = (await candidates.ReadAsync(run, prompt.Id, cancellationToken)).Where(c => c.Answered).Select(c => c.Score).ToList();
            await bestOfK.StorePromptAsync(run, prompt.Id, answered, cancellationToken);
        }
    }

    /// <summary>Scores the prompt's fused answers (each fusing method's) made from <paramref name="candidateLimit"/> candidates, if it has none yet.</summary>
    public async Task ScoreFusedAsync(RunContext run, DatasetPrompt prompt, int candidateLimit, CancellationToken cancellationToken)
    {
        var fusors = run.Fusors.ToList();
        if (fusors.Count == 0 || run.Judge is null || run.PointwiseTemplate is null)
        {
            return;
        }

        var unscored = (await aggregates.ReadAsync(run, prompt.Id, cancellationToken))
            .Where(a => fusors.Contains(a.Method) && a.CandidateLimit == candidateLimit && a.Answered && !a.Scored)
            .Select(a => new UnscoredAnswer(null, a.Id, a.Text!));
        var purpose = candidateLimit < run.CandidatesPerPrompt ? ModelCallPurpose.ScalingJudge : ModelCallPurpose.JudgeFusedAnswer;
        await ScoreAllAsync(run, prompt, unscored, purpose, cancellationToken);
    }

    private Task ScoreAllAsync(
        RunContext run, DatasetPrompt prompt, IEnumerable<UnscoredAnswer> answers, ModelCallPurpose purpose, CancellationToken cancellationToken) =>
        Task.WhenAll(answers.Select(answer => ScoreOneAsync(run, prompt, answer, purpose, cancellationToken)));

    private async Task ScoreOneAsync(RunContext run, DatasetPrompt prompt, UnscoredAnswer answer, ModelCallPurpose purpose, CancellationToken cancellationToken)
    {
        var verdict = await judge.ScorePointwiseAsync(run, prompt, answer.Text, purpose, cancellationToken);
        await rows.AddOnceAsync(
            new Score
            {
                RunId = run.Run.Id,
                CandidateId = answer.CandidateId,
                AggregateId = answer.AggregateId,
                JudgeTeacherId = run.Judge!.Teacher.Id,
                TemplateVersionId = run.PointwiseTemplate!.Id,
                Value = verdict.Verdict?.Score,
                Rationale = verdict.Verdict?.Rationale,
                RawAnswer = verdict.RawAnswer,
                Attempts = verdict.Attempts,
                Error = verdict.Error,
                CreatedAt = clock.GetUtcNow(),
                Calls = [.. verdict.Calls],
            },
            cancellationToken);
    }

    private sealed record UnscoredAnswer(long? CandidateId, long? AggregateId, string Text);
}
