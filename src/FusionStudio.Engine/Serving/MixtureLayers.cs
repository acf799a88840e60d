using FusionStudio.Domain.Datasets;
using FusionStudio.Engine.Gateway;
using FusionStudio.Engine.Methods;

namespace FusionStudio.Engine.Serving;

/// <summary>
/// Mixture-of-Agents' later layers for a served request, with the run method's request builder: in each layer 2..L
/// every teacher answers again with the previous layer's successful answers as references, all at once.
/// </summary>
internal static class MixtureLayers
{
    public static async Task<MixtureResult> ProposeAsync(ServedRequestCalls served, DatasetPrompt prompt, IReadOnlyList<CandidateView> firstLayer, long seed)
    {
        var plan = served.Plan;
        var template = plan.ProposerTemplate ?? throw new InvalidOperationException($"The recipe '{plan.RecipeName}' has no MoA proposer prompt.");
        var answers = new List<ServedLayerAnswer>();
        var previous = firstLayer;
        var layers = plan.Version.Layers ?? Domain.Runs.MixtureOfAgentsLayers.Default;
        for (var layer = 2; layer <= layers; layer++)
        {
            var requests = plan.Teachers
                .Select(teacher => MixtureOfAgentsRequestBuilder.Proposer(template, prompt, previous, layer, teacher.Position, teacher.SampleIndex, seed))
                .ToList();
            var proposed = await served.AskAllAsync(plan.Teachers, (_, i) => requests[i].Messages, ModelCallPurpose.Propose, template.Id);
            answers.AddRange(proposed.Select((answer, i) => new ServedLayerAnswer(layer, answer, requests[i].PresentedOrder.Select(id => (int)id).ToList())));
            previous = proposed
                .Select((answer, i) => (answer, teacher: plan.Teachers[i], i))
                .Where(x => x.answer.Succeeded)
                .Select(x => new CandidateView(x.i, x.teacher.Position, x.teacher.SampleIndex, x.answer.Result.Text!, null))
                .ToList();
            if (previous.Count == 0)
            {
                return new MixtureResult(answers, [], layer);
            }
        }

        return new MixtureResult(answers, previous, null);
    }
}
