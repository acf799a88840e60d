using FusionStudio.Engine.Analysis;
using FusionStudio.Engine.Methods;
using FusionStudio.Engine.Scaling;

namespace FusionStudio.UnitTests.Scaling;

public sealed class BestOfKCurveTests
{
    private static readonly BootstrapOptions _options = new() { Resamples = 2000 };

    private static CandidateView Candidate(long id, int teacher, double? score) => new(id, teacher, 0, "An answer.", score);

    [Fact]
    public void Each_k_averages_the_best_score_over_every_k_subset_of_each_prompt()
    {
        IReadOnlyList<CandidateView> first = [Candidate(1, 0, 4), Candidate(2, 1, 8), Candidate(3, 2, 6), Candidate(4, 3, 9)];
        IReadOnlyList<CandidateView> second = [Candidate(5, 0, 6), Candidate(6, 1, 2), Candidate(7, 2, 7), Candidate(8, 3, 3)];

        var curve = BestOfKCurve.Compute([first, second], 4, 7, _options);

        // By hand. First prompt: k=1 mean 27/4; k=2 the six pairs' maxima 6, 8, 9, 8, 9, 9 → 49/6; k=3 the four
        // triples' maxima 8, 9, 9, 9 → 35/4; k=4 → 9. Second: 18/4; 3, 6, 7, 6, 7, 7 → 36/6; 6, 7, 7, 7 → 27/4; 7.
        Assert.Equal([1, 2, 3, 4], curve.Select(p => p.K));
        double[] expected = [(27.0 / 4 + 18.0 / 4) / 2, (49.0 / 6 + 6) / 2, (35.0 / 4 + 27.0 / 4) / 2, 8];
        Assert.Equal(expected, curve.Select(p => p.MeanScore!.Value), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.All(curve, p => Assert.Equal(2, p.Prompts));
    }

    [Fact]
    public void The_closed_form_matches_enumerating_every_subset_ties_included()
    {
        double?[] scores = [3, 7, 7, 1, 9, 4, 7, 2];
        var scored = scores.OfType<double>().ToArray();

        for (var k = 1; k <= scored.Length; k++)
        {
            var maxima = Subsets(scored.Length, k).Select(subset => subset.Max(i => scored[i])).ToList();

            Assert.Equal(maxima.Average(), ExpectedBestOfK.Of(scores, k)!.Value, 1e-12);
        }
    }

    [Fact]
    public void The_curve_does_not_depend_on_the_order_of_the_teacher_pool()
    {
        IReadOnlyList<CandidateView> pool = [Candidate(1, 0, 2), Candidate(2, 1, 9), Candidate(3, 2, 5)];
        IReadOnlyList<CandidateView> reordered = [Candidate(1, 2, 2), Candidate(2, 0, 9), Candidate(3, 1, 5)];

        var one = BestOfKCurve.Compute([pool], 3, 7, _options);
        var other = BestOfKCurve.Compute([reordered], 3, 7, _options);

        Assert.Equal(one, other);
        // BoN@1 is the mean candidate, not whichever teacher comes first: (2 + 9 + 5) / 3.
        Assert.Equal(16.0 / 3, one[0].MeanScore!.Value, 1e-12);
    }

    [Fact]
    public void Unscored_candidates_are_left_out_and_a_prompt_with_none_scored_counts_for_no_point()
    {
        IReadOnlyList<CandidateView> one = [Candidate(1, 0, null), Candidate(2, 1, 6), Candidate(3, 2, 2)];
        IReadOnlyList<CandidateView> none = [Candidate(4, 0, null), Candidate(5, 1, null)];

        var curve = BestOfKCurve.Compute([one, none, []], 3, 7, _options);

        Assert.Equal([4.0, 6.0, 6.0], curve.Select(p => p.MeanScore!.Value));
        Assert.All(curve, p => Assert.Equal(1, p.Prompts));
    }

    [Fact]
    public void Each_point_has_a_bootstrap_interval_over_prompts()
    {
        // At k = 3 the prompts score 9 and 7: a resample holds two, one or none of the 9s, so the 2.5% and 97.5%
        // percentiles of the resampled means are 7 and 9. A single prompt is its own interval.
        IReadOnlyList<CandidateView> first = [Candidate(1, 0, 4), Candidate(2, 1, 9), Candidate(3, 2, 6)];
        IReadOnlyList<CandidateView> second = [Candidate(4, 0, 7), Candidate(5, 1, 2), Candidate(6, 2, 3)];

        var two = BestOfKCurve.Compute([first, second], 3, 7, _options);
        var single = BestOfKCurve.Compute([first], 3, 7, _options);

        Assert.Equal((7.0, 9.0), (two[2].Lower!.Value, two[2].Upper!.Value));
        Assert.Equal((9.0, 9.0), (single[2].Lower!.Value, single[2].Upper!.Value));
        Assert.All(two, p => Assert.InRange(p.MeanScore!.Value, p.Lower!.Value, p.Upper!.Value));
        Assert.Equal(two, BestOfKCurve.Compute([first, second], 3, 7, _options));
    }

    private static IEnumerable<int[]> Subsets(int n, int k) =>
        Enumerable.Range(0, 1 << n).Where(mask => int.PopCount(mask) == k)
            .Select(mask => Enumerable.Range(0, n).Where(i => (mask & (1 << i)) != 0).ToArray());
}
