using FusionStudio.Data;
using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Imports;
using FusionStudio.Engine.Methods;
using FusionStudio.Jobs.Runs.Reads;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.Jobs.Runs.Steps;

/// <summary>
/// Mixture-of-Agents, after the candidates (layer 1): for each layer 2..L every teacher sample answers again with the
/// previous layer's successful answers as references, then the fusor writes one answer from the last layer's. Each
/// layer answer and the aggregate is stored once under its unique key, and every layer is re-read from the database
/// before the next is built, so a retried job or a second worker makes only the calls that are missing and builds on
/// the same references as whoever stored the rest.
/// </summary>
public sealed class MixtureOfAgentsStep(
    IDbContextFactory<FusionDbContext> contexts, PromptCandidateReader candidateReader, PromptAggregateReader aggregates, IModelGateway gateway, RowStore rows, TimeProvider clock)
{
    public async Task RunAsync(RunContext run, DatasetPrompt prompt, CancellationToken cancellationToken)
    {
        if (!run.MixesAgents)
        {
            return;
        }

        var limit = run.CandidatesPerPrompt;
        if ((await aggregates.ReadAsync(run, prompt.Id, cancellationToken)).Any(a => a.Method == AggregationMethod.MixtureOfAgents && a.CandidateLimit == limit))
        {
            return;
        }

        var candidates = await candidateReader.ReadAnsweredAsync(run, prompt.Id, cancellationToken);

        var aggregate = new Aggregate
        {
            RunId = run.Run.Id,
            PromptId = prompt.Id,
            Method = AggregationMethod.MixtureOfAgents,
            CandidateLimit = limit,
            SourceCandidateIds = candidates.Select(c => c.CandidateId).ToList(),
            TemplateVersionId = run.FusorTemplate?.Id,
        };

        var lastLayer = candidates;
        if (run.Fusor is null || run.FusorTemplate is null || run.ProposerTemplate is null)
        {
            aggregate.Error = "The run has no fusor, fusor prompt or MoA proposer prompt.";
        }
        else
        {
            for (var layer = 2; layer <= run.Run.MixtureLayers && lastLayer.Count > 0; layer++)
            {
                lastLayer = await ProposeAsync(run, prompt, layer, lastLayer, cancellationToken);
            }

            if (lastLayer.Count == 0)
            {
                aggregate.Error = candidates.Count == 0 ? "No candidate to start from." : "Every proposer of a layer failed.";
            }
            else
            {
                var request = MixtureOfAgentsRequestBuilder.Fusor(run.FusorTemplate, prompt, lastLayer, run.Run.Seed);
                var result = await gateway.CompleteAsync(
                    run.Fusor.Request(request.Messages, 0, ModelCallPurpose.MixtureFuse, run.Run.Id, prompt.Id, run.FusorTemplate.Id), cancellationToken);
                aggregate.Text = result.Text;
                aggregate.Calls = [result.Call];
                aggregate.Error = result.Succeeded ? null : result.FailureReason;
            }
        }

        aggregate.CreatedAt = clock.GetUtcNow();
        await rows.AddOnceAsync(aggregate.WithLanguageFlag(prompt.Language), cancellationToken);
    }

    /// <summary>Asks the proposers of <paramref name="layer"/> that have no stored answer; returns the layer's successful answers.</summary>
    private async Task<IReadOnlyList<CandidateView>> ProposeAsync(
        RunContext run, DatasetPrompt prompt, int layer, IReadOnlyList<CandidateView> previous, CancellationToken cancellationToken)
    {
        var have = await ReadLayerAsync(run, prompt.Id, layer, cancellationToken);
        var stored = have.Select(a => (a.TeacherId, a.SampleIndex)).ToHashSet();
        var missing = run.Teachers
            .SelectMany(t => Enumerable.Range(0, t.SampleCount).Select(sample => (Teacher: t, Sample: sample)))
            .Where(x => !stored.Contains((x.Teacher.Teacher.Id, x.Sample)))
            .ToList();
        if (missing.Count == 0)
        {
            return Successful(run, have);
        }

        await Task.WhenAll(missing.Select(x => ProposeOneAsync(run, prompt, layer, previous, x.Teacher, x.Sample, cancellationToken)));
        return Successful(run, await ReadLayerAsync(run, prompt.Id, layer, cancellationToken));
    }

    private async Task ProposeOneAsync(
        RunContext run, DatasetPrompt prompt, int layer, IReadOnlyList<CandidateView> previous, RunTeacherContext teacher, int sample, CancellationToken cancellationToken)
    {
        var template = run.ProposerTemplate!;
        var request = MixtureOfAgentsRequestBuilder.Proposer(template, prompt, previous, layer, teacher.Position, sample, run.Run.Seed);
        var result = await gateway.CompleteAsync(
            teacher.Request(request.Messages, sample, ModelCallPurpose.Propose, run.Run.Id, prompt.Id, template.Id), cancellationToken);
        await rows.AddOnceAsync(
            new LayerAnswer
            {
                RunId = run.Run.Id,
                PromptId = prompt.Id,
                Layer = layer,
                TeacherId = teacher.Teacher.Id,
                SampleIndex = sample,
                Text = result.Text,
                Error = result.Succeeded ? null : result.FailureReason,
                PresentedOrder = request.PresentedOrder.ToList(),
                TemplateVersionId = template.Id,
                Calls = [result.Call],
                CreatedAt = clock.GetUtcNow(),
            },
            cancellationToken);
    }

    private async Task<List<LayerAnswer>> ReadLayerAsync(RunContext run, long promptId, int layer, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.LayerAnswers.AsNoTracking()
            .Where(a => a.RunId == run.Run.Id && a.PromptId == promptId && a.Layer == layer)
            .ToListAsync(cancellationToken);
    }

    private static IReadOnlyList<CandidateView> Successful(RunContext run, IEnumerable<LayerAnswer> answers)
    {
        var positions = run.Teachers.ToDictionary(t => t.Teacher.Id, t => t.Position);
        return CandidateOrder.Canonical(answers
            .Where(a => a.Succeeded)
            .Select(a => new CandidateView(a.Id, positions.GetValueOrDefault(a.TeacherId), a.SampleIndex, a.Text!, null)));
    }
}
