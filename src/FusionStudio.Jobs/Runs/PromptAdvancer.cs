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
/// and are stored, and whoever takes the batch next goes on from there.
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
        await SetStageAsync(run.Run.Id, runPromptId, PromptStage.Generated, null, cancellationToken);
        if (drain.IsCancellationRequested)
        {
            return;
        }

        await scoring.ScoreCandidatesAsync(run, prompt, cancellationToken);
        await SetStageAsync(run.Run.Id, runPromptId, PromptStage.Scored, null, cancellationToken);
        if (drain.IsCancellationRequested)
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
        await SetStageAsync(run.Run.Id, runPromptId, PromptStage.Aggregated, null, cancellationToken);
        if (drain.IsCancellationRequested)
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

    private Task SetStageAsync(int runId, long runPromptId, PromptStage stage, string? error, CancellationToken cancellationToken) =>
        stages.MoveAsync(runId, runPromptId, stage, error, cancellationToken);
}
