using FusionStudio.Data;
using FusionStudio.Data.RunChanges;
using FusionStudio.Data.Runs;
using FusionStudio.Domain.Runs;
using FusionStudio.Jobs.Runs.Steps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FusionStudio.Jobs.Runs;

/// <summary>
/// Judges a live run's served traffic afterwards, with the run's own steps: the judge scores the stored candidates,
/// the selectors (Best-of-N) take one of them, the fused answers are scored and the run's pairs compared. Answers were
/// made when the requests were served, so no teacher or fusor is asked again (generation and fusion are not run). Each
/// step does only what the database lacks, so running the job twice, or after new requests arrived, adds only what is missing.
/// </summary>
public sealed class JudgeLiveRunJob(
    IDbContextFactory<FusionDbContext> contexts,
    RunContextLoader loader,
    RoutingStep routing,
    ScoringStep scoring,
    SelectionStep selection,
    ComparisonStep comparison,
    IRunChangeNotifier changes,
    IOptions<RunOptions> options)
{
    public async Task RunAsync(int runId, CancellationToken cancellationToken)
    {
        var run = await loader.LoadAsync(runId, cancellationToken);
        if (run is null || run.Run.Source != RunSource.Live || run.Judge is null)
        {
            return;
        }

        List<Domain.Datasets.DatasetPrompt> prompts;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // Only answered requests: a failed one has nothing to judge.
            prompts = await db.RunPrompts.AsNoTracking()
                .Where(p => p.RunId == runId && p.Stage == PromptStage.Done)
                .Join(db.DatasetPrompts.AsNoTracking(), p => p.PromptId, d => d.Id, (_, d) => d)
                .OrderBy(d => d.Ordinal)
                .ToListAsync(cancellationToken);
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.PromptConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(prompts, parallel, async (prompt, token) =>
        {
            await scoring.ScoreCandidatesAsync(run, prompt, token);
            await selection.RunAsync(run, prompt, await routing.FindAsync(runId, prompt.Id, token), token);
            await scoring.ScoreFusedAsync(run, prompt, run.CandidatesPerPrompt, token);
            await comparison.RunAsync(run, prompt, token);
        });
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            await PromptTableSummaryWriter.RefreshRunAsync(db, runId, cancellationToken);
        }

        changes.Changed(runId);
    }
}
