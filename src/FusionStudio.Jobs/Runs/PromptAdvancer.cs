using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Jobs.Runs.Reads;
using FusionStudio.Jobs.Runs.Steps;

namespace FusionStudio.Jobs.Runs;

/// <summary>
/// How one prompt of a run advances: route (routed methods) → generate → score → select → fuse (Mixture-of-Agents: its
/// layers, then the fusor) → score fused → compare. Every step reads what the database
/// already holds and does only what is missing, so running this twice, or after a crash, neither repeats nor loses
/// work. A prompt whose steps recorded a failure ends as failed, with the reasons; "retry failed" redoes just those.
/// When its worker is shutting down (<c>drain</c>), the prompt stops after the step in flight: the calls of that step land
/// and are stored, and whoever takes the batch next goes on from there. A stage whose next step asks no model for this
/// run (no candidate scores, no fusion, no pairs) is not written on its own: the prompt moves past it in one write,
/// as the progress counts prompts that reached a stage or one beyond it.
/// </summary>
public sealed class PromptAdvancer(
    PromptFailureReader failureReader,
    RoutingStep routing,
    CandidateGenerationStep generation,
    ScoringStep scoring,
    SelectionStep selection,
    FusionStep fusion,
    MixtureOfAgentsStep mixture,
    ComparisonStep comparison,
    PromptStageWriter stages)
{
    public async Task AdvanceAsync(RunContext run, long runPromptId, DatasetPrompt prompt, CancellationToken drain, CancellationToken cancellationToken)
    {
        var route = await routing.RouteAsync(run, prompt, cancellationToken);
        await generation.RunAsync(run, prompt, route, cancellationToken);
        if (await StopsAfterAsync(run, runPromptId, PromptStage.Generated, run.ScoresCandidates, drain, cancellationToken))
        {
            return;
        }

        await scoring.ScoreCandidatesAsync(run, prompt, cancellationToken);
        if (await StopsAfterAsync(run, runPromptId, PromptStage.Scored, run.Fusors.Any(), drain, cancellationToken))
        {
            return;
        }

        await selection.RunAsync(run, prompt, route, cancellationToken);
        await fusion.RunAsync(run, prompt, route, cancellationToken);
        await mixture.RunAsync(run, prompt, cancellationToken);
        if (drain.IsCancellationRequested)
        {
            return;
        }

        await scoring.ScoreFusedAsync(run, prompt, run.CandidatesPerPrompt, cancellationToken);
        if (await StopsAfterAsync(run, runPromptId, PromptStage.Aggregated, run.Compares, drain, cancellationToken))
        {
            return;
        }

        await comparison.RunAsync(run, prompt, cancellationToken);

        var failures = await failureReader.ReadAsync(run.Run.Id, prompt.Id, cancellationToken);
        await SetStageAsync(
            run.Run.Id,
            runPromptId,
            failures.Count == 0 ? PromptStage.Done : PromptStage.Failed,
            failures.Count == 0 ? null : string.Join(" · ", failures.Distinct().Take(5)),
            cancellationToken);
    }

    /// <summary>
    /// Writes the stage the prompt reached when its next step asks models (the run page then shows where a slow prompt
    /// waits) or its worker is draining (the next owner goes on from it); otherwise the next write covers it.
    /// </summary>
    /// <returns>Whether the prompt stops here because its worker is draining.</returns>
    private async Task<bool> StopsAfterAsync(
        RunContext run, long runPromptId, PromptStage reached, bool nextStepAsksModels, CancellationToken drain, CancellationToken cancellationToken)
    {
        var draining = drain.IsCancellationRequested;
        if (nextStepAsksModels || draining)
        {
            await SetStageAsync(run.Run.Id, runPromptId, reached, null, cancellationToken);
        }

        return draining;
    }

    private Task SetStageAsync(int runId, long runPromptId, PromptStage stage, string? error, CancellationToken cancellationToken) =>
        stages.MoveAsync(runId, runPromptId, stage, error, cancellationToken);
}
