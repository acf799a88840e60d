using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Imports;
using FusionStudio.Engine.Methods;
using FusionStudio.Jobs.Runs.Reads;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>
/// Step 4: fusion. The fusor reads the prompt and the candidates, in a seeded shuffled order, and writes one answer:
/// from all N candidates for Fusion-of-N, from the router's top-k teachers' answers for Routed FusioN.
/// </summary>
public sealed class FusionStep(PromptCandidateReader candidateReader, PromptAggregateReader aggregates, IModelGateway gateway, RowStore rows, TimeProvider clock)
{
    public async Task RunAsync(RunContext run, DatasetPrompt prompt, PromptRoute? route, CancellationToken cancellationToken)
    {
        if (run.Fuses)
        {
            await FuseAsync(run, prompt, run.CandidatesPerPrompt, 0, cancellationToken);
        }

        if (run.Run.Methods.Contains(AggregationMethod.RoutedFusion))
        {
            await FuseRoutedAsync(run, prompt, route, cancellationToken);
        }
    }

    /// <summary>
    /// Fuses <paramref name="limit"/> candidates, unless that aggregate exists: the run's own answer (all of them)
    /// when the limit is N, one seeded random k-subset of a FusioN@k point of the scaling curve when it is smaller.
    /// </summary>
    public async Task FuseAsync(RunContext run, DatasetPrompt prompt, int limit, int subset, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(run, prompt, AggregationMethod.FusionOfN, limit, subset, cancellationToken))
        {
            return;
        }

        var all = await candidateReader.ReadAnsweredAsync(run, prompt.Id, cancellationToken);
        var candidates = all.Count == 0 ? all : FusionSubset.Take(all, limit, run.Run.Seed, prompt.Id, limit, subset);
        // A FusioN@k point of the scaling curve is logged apart from the run's own fused answer.
        var purpose = limit < run.CandidatesPerPrompt ? ModelCallPurpose.ScalingFuse : ModelCallPurpose.Fuse;
        var problem = candidates.Count == 0 ? "No candidate to fuse." : null;
        await WriteAsync(run, prompt, new Aggregate { Method = AggregationMethod.FusionOfN, CandidateLimit = limit, Subset = subset }, candidates, purpose, problem, cancellationToken);
    }

    private async Task FuseRoutedAsync(RunContext run, DatasetPrompt prompt, PromptRoute? route, CancellationToken cancellationToken)
    {
        var limit = run.CandidatesPerPrompt;
        if (await ExistsAsync(run, prompt, AggregationMethod.RoutedFusion, limit, 0, cancellationToken))
        {
            return;
        }

        // The first sample of each routed teacher, in the router's order (the fusor still sees them shuffled).
        var routed = route?.Best(run.Run.RoutedTopK) ?? [];
        var positions = routed.Select(id => run.Teachers.FirstOrDefault(t => t.Teacher.Id == id)?.Position).OfType<int>().ToList();
        var all = await candidateReader.ReadAnsweredAsync(run, prompt.Id, cancellationToken);
        var candidates = positions.Select(p => all.FirstOrDefault(c => c.TeacherPosition == p && c.SampleIndex == 0)).OfType<CandidateView>().ToList();
        var problem = route is null || routed.Count == 0 ? route?.Error ?? "The prompt was not routed."
            : candidates.Count == 0 ? "No routed teacher gave an answer to fuse." : null;
        await WriteAsync(run, prompt, new Aggregate { Method = AggregationMethod.RoutedFusion, CandidateLimit = limit }, candidates, ModelCallPurpose.RoutedFuse, problem, cancellationToken);
    }

    private async Task<bool> ExistsAsync(
        RunContext run, DatasetPrompt prompt, AggregationMethod method, int limit, int subset, CancellationToken cancellationToken) =>
        (await aggregates.ReadAsync(run, prompt.Id, cancellationToken)).Any(a => a.Method == method && a.CandidateLimit == limit && a.Subset == subset);

    private async Task WriteAsync(
        RunContext run, DatasetPrompt prompt, Aggregate aggregate, IReadOnlyList<CandidateView> candidates, ModelCallPurpose purpose, string? problem,
        CancellationToken cancellationToken)
    {
        aggregate.RunId = run.Run.Id;
        aggregate.PromptId = prompt.Id;
        aggregate.SourceCandidateIds = candidates.Select(c => c.CandidateId).ToList();
        aggregate.TemplateVersionId = run.FusorTemplate?.Id;
        if (problem is not null || run.Fusor is null || run.FusorTemplate is null)
        {
            aggregate.Error = problem ?? "The run has no fusor or fusor prompt.";
        }
        else
        {
            var request = FusionRequestBuilder.Build(run.FusorTemplate, prompt, candidates, run.Run.Seed);
            aggregate.PresentedOrder = request.PresentedOrder.ToList();
            var result = await gateway.CompleteAsync(
                run.Fusor.Request(request.Messages, 0, purpose, run.Run.Id, prompt.Id, run.FusorTemplate.Id), cancellationToken);
            aggregate.Text = result.Text;
            aggregate.Calls = [result.Call];
            aggregate.Error = result.Succeeded ? null : result.FailureReason;
        }

        aggregate.CreatedAt = clock.GetUtcNow();
        await rows.AddOnceAsync(aggregate.WithLanguageFlag(prompt.Language), cancellationToken);
    }
}
