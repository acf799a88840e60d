using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Engine.Prompts;

namespace FusionStudio.Engine.Methods;

/// <summary>
/// Builds Mixture-of-Agents' requests. A proposer of layer l (2..L) gets the proposer template filled with the prompt,
/// its language and the previous layer's answers as numbered references; the fusor gets the last layer's answers
/// exactly as Fusion-of-N gets candidates. Each proposer sees the references in its own seeded order, from (run seed,
/// prompt id, layer, teacher position, sample index): no teacher's answer is always reference 1, and a re-run shows
/// the same order, so its calls hit the response cache.
/// </summary>
public static class MixtureOfAgentsRequestBuilder
{
    /// <summary>The request of one proposer (a teacher's sample) in <paramref name="layer"/>, which is 2 or more.</summary>
    public static ProposerRequest Proposer(
        PromptTemplateVersion template,
        DatasetPrompt prompt,
        IReadOnlyList<CandidateView> previousLayer,
        int layer,
        int proposerPosition,
        int proposerSample,
        long runSeed)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(previousLayer);
        ArgumentOutOfRangeException.ThrowIfLessThan(layer, 2);
        if (previousLayer.Count == 0)
        {
            throw new ArgumentException($"Layer {layer} needs at least one answer of layer {layer - 1} as a reference.", nameof(previousLayer));
        }

        // Canonical first, so the shuffle's result does not depend on the order the caller happened to pass.
        var canonical = CandidateOrder.Canonical(previousLayer);
        var presented = StableShuffle.Shuffle(canonical, StableRandom.SeedFrom(runSeed, prompt.Id, layer, proposerPosition, proposerSample));
        var values = PromptValues.Proposer(prompt.Text, prompt.Language, presented.Select(answer => answer.Text).ToList());
        return new ProposerRequest(PromptTemplateRenderer.Render(template, values), presented.Select(answer => answer.CandidateId).ToList());
    }

    /// <summary>The fusor's request over the last layer's answers: Fusion-of-N's builder and fusor template, unchanged.</summary>
    public static FusionRequest Fusor(PromptTemplateVersion fusorTemplate, DatasetPrompt prompt, IReadOnlyList<CandidateView> lastLayer, long runSeed) =>
        FusionRequestBuilder.Build(fusorTemplate, prompt, lastLayer, runSeed);
}
