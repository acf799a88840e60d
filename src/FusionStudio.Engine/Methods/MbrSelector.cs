using System.Globalization;
using FusionStudio.Domain.Runs;

namespace FusionStudio.Engine.Methods;

/// <summary>
/// Minimum-Bayes-risk (consensus) selection: the candidate most similar, on average, to all the others, with chrF
/// as the similarity — candidate i as hypothesis, each other candidate j as reference. The idea is that the
/// answer the samples agree on is likely right, and an outlier is likely wrong. Ties go to the first in canonical
/// order. Needs no judge.
/// </summary>
public sealed class MbrSelector : ICandidateSelector
{
    // Means computed in different orders may differ in the last bits; closer than this counts as a tie.
    private const double TieTolerance = 1e-9;

    public AggregationMethod Method => AggregationMethod.Mbr;

    public SelectionResult Select(SelectionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var candidates = CandidateOrder.Canonical(input.Candidates);
        switch (candidates.Count)
        {
            case 0:
                return SelectionResult.None("There are no candidates.");
            case 1:
                return SelectionResult.Selected(candidates[0].CandidateId, "The only candidate.");
        }

        var means = MeanSimilarities(candidates);
        var bestIndex = 0;
        for (var i = 1; i < means.Length; i++)
        {
            if (means[i] > means[bestIndex] + TieTolerance)
            {
                bestIndex = i;
            }
        }

        var reason = $"Highest mean chrF to the other {candidates.Count - 1} candidates: "
            + means[bestIndex].ToString("0.0", CultureInfo.InvariantCulture) + ".";
        return SelectionResult.Selected(candidates[bestIndex].CandidateId, reason);
    }

    /// <summary>For each candidate, its mean chrF (as hypothesis) against every other candidate (as reference).</summary>
    public static double[] MeanSimilarities(IReadOnlyList<CandidateView> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var profiles = candidates.Select(candidate => CharNGramProfile.Of(candidate.Text)).ToArray();
        var means = new double[profiles.Length];
        for (var i = 0; i < profiles.Length; i++)
        {
            double sum = 0;
            for (var j = 0; j < profiles.Length; j++)
            {
                if (j != i)
                {
                    sum += ChrF.Score(profiles[i], profiles[j]);
                }
            }

            means[i] = profiles.Length > 1 ? sum / (profiles.Length - 1) : 0;
        }

        return means;
    }
}
