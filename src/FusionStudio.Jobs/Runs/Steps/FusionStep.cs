using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Methods;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>Step 4: Fusion-of-N. The fusor reads the prompt and the candidates, in a seeded shuffled order, and writes one answer.</summary>
public sealed class FusionStep(IDbContextFactory<FusionDbContext> contexts, IModelGateway gateway, RowStore rows, TimeProvider clock)
{
    public async Task RunAsync(RunContext run, DatasetPrompt prompt, CancellationToken cancellationToken)
    {
        if (run.Fuses)
        {
            await FuseAsync(run, prompt, run.CandidatesPerPrompt, 0, cancellationToken);
        }
    }

    /// <summary>
    /// Fuses <paramref name="limit"/> candidates, unless that aggregate exists: the run's own answer (all of them)
    /// when the limit is N, one seeded random k-subset of a FusioN@k point of the scaling curve when it is smaller.
    /// </summary>
    public async Task FuseAsync(RunContext run, DatasetPrompt prompt, int limit, int subset, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Aggregates.AnyAsync(
                a => a.RunId == run.Run.Id && a.PromptId == prompt.Id && a.Method == AggregationMethod.FusionOfN && a.CandidateLimit == limit && a.Subset == subset,
                cancellationToken))
        {
            return;
        }

        var all = await PromptCandidates.ReadAsync(db, run, prompt.Id, cancellationToken);
        var candidates = all.Count == 0 ? all : FusionSubset.Take(all, limit, run.Run.Seed, prompt.Id, limit, subset);
        var aggregate = new Aggregate
        {
            RunId = run.Run.Id,
            PromptId = prompt.Id,
            Method = AggregationMethod.FusionOfN,
            CandidateLimit = limit,
            Subset = subset,
            SourceCandidateIds = candidates.Select(c => c.CandidateId).ToList(),
            TemplateVersionId = run.FusorTemplate?.Id,
        };

        if (candidates.Count == 0 || run.Fusor is null || run.FusorTemplate is null)
        {
            aggregate.Error = candidates.Count == 0 ? "No candidate to fuse." : "The run has no fusor or fusor prompt.";
        }
        else
        {
            var request = FusionRequestBuilder.Build(run.FusorTemplate, prompt, candidates, run.Run.Seed);
            aggregate.PresentedOrder = request.PresentedOrder.ToList();
            // A FusioN@k point of the scaling curve is logged apart from the run's own fused answer.
            var purpose = limit < run.CandidatesPerPrompt ? ModelCallPurpose.ScalingFuse : ModelCallPurpose.Fuse;
            var result = await gateway.CompleteAsync(
                run.Fusor.Request(request.Messages, 0, purpose, run.Run.Id, prompt.Id, run.FusorTemplate.Id), cancellationToken);
            aggregate.Text = result.Text;
            aggregate.Calls = [result.Call];
            aggregate.Error = result.Succeeded ? null : result.FailureReason;
        }

        aggregate.CreatedAt = clock.GetUtcNow();
        await rows.AddOnceAsync(aggregate, cancellationToken);
    }
}
