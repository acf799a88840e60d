using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Methods;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>Step 4: Fusion-of-N. The fusor reads the prompt and all candidates, in a seeded shuffled order, and writes one answer.</summary>
public sealed class FusionStep(IDbContextFactory<FusionDbContext> contexts, IModelGateway gateway, RowStore rows, TimeProvider clock)
{
    public async Task RunAsync(RunContext run, DatasetPrompt prompt, CancellationToken cancellationToken)
    {
        if (!run.Fuses)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var limit = run.CandidatesPerPrompt;
        if (await db.Aggregates.AnyAsync(
                a => a.RunId == run.Run.Id && a.PromptId == prompt.Id && a.Method == AggregationMethod.FusionOfN && a.CandidateLimit == limit,
                cancellationToken))
        {
            return;
        }

        var candidates = await PromptCandidates.ReadAsync(db, run, prompt.Id, cancellationToken);
        var aggregate = new Aggregate
        {
            RunId = run.Run.Id,
            PromptId = prompt.Id,
            Method = AggregationMethod.FusionOfN,
            CandidateLimit = limit,
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
            var result = await gateway.CompleteAsync(run.Fusor.Request(request.Messages, 0, ModelCallPurpose.Fusion), cancellationToken);
            aggregate.Text = result.Text;
            aggregate.Usage = result.Usage;
            aggregate.Error = result.Succeeded ? null : result.FailureReason;
        }

        aggregate.CreatedAt = clock.GetUtcNow();
        await rows.AddOnceAsync(aggregate, cancellationToken);
    }
}
