using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Methods;

/// <summary>
/// The baseline: a candidate drawn with a generator seeded by (run seed, prompt id), so the same run always picks the
/// same candidate — a resumed or re-run step cannot change the baseline it is measured against.
/// </summary>
public sealed class RandomSelector : ICandidateSelector
{
    public AggregationMethod Method => AggregationMethod.Random;

    public SelectionResult Select(SelectionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var candidates = CandidateOrder.Canonical(input.Candidates);
        if (candidates.Count == 0)
        {
            return SelectionResult.None("There are no candidates.");
        }

        var index = new StableRandom(StableRandom.SeedFrom(input.RunSeed, input.PromptId)).NextInt(candidates.Count);
        return SelectionResult.Selected(candidates[index].CandidateId, $"Drawn at random: candidate {index + 1} of {candidates.Count}.");
    }
}
