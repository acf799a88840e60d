using FusionStudio.Domain.Datasets;
using FusionStudio.Domain.Prompts;
using FusionStudio.Engine.Prompts;

namespace FusionStudio.Engine.Methods;

/// <summary>
/// Builds Fusion-of-N's request: the fusor template filled with the prompt, its language, and the candidates as
/// numbered blocks. The candidates are shuffled with a seed from (run seed, prompt id, k) so that no teacher is always
/// shown first — fusors, like judges, favour positions — while a re-run shows exactly the same order.
/// </summary>
public static class FusionRequestBuilder
{
    public static FusionRequest Build(PromptTemplateVersion template, DatasetPrompt prompt, IReadOnlyList<CandidateView> candidates, long runSeed)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(candidates);
        return BuildShuffled(template, prompt, candidates, StableRandom.SeedFrom(runSeed, prompt.Id, candidates.Count));
    }

    /// <summary>
    /// The same request with the shuffle's seed given: for a served request, which has no stored prompt id yet and
    /// whose presented order is kept with its answer instead of being recomputed.
    /// </summary>
    public static FusionRequest BuildShuffled(PromptTemplateVersion template, DatasetPrompt prompt, IReadOnlyList<CandidateView> candidates, ulong shuffleSeed)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(prompt);
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count == 0)
        {
            throw new ArgumentException("Fusion needs at least one candidate.", nameof(candidates));
        }

        // Canonical first, so the shuffle's result does not depend on the order the caller happened to pass.
        var canonical = CandidateOrder.Canonical(candidates);
        var presented = StableShuffle.Shuffle(canonical, shuffleSeed);
        var values = PromptValues.Fusor(prompt.Text, prompt.Language, presented.Select(candidate => candidate.Text).ToList());
        var messages = PromptTemplateRenderer.Render(template, values);
        return new FusionRequest(messages, presented.Select(candidate => candidate.CandidateId).ToList());
    }
}
