using FusionStudio.Engine.Methods;
using FusionStudio.Engine.Scaling;

namespace FusionStudio.UnitTests.Scaling;

public sealed class BestOfFirstKCurveTests
{
    private static CandidateView Candidate(long id, int sample, double? score, string text = "An answer.") => new(id, 0, sample, text, score);

    [Fact]
    public void Each_k_takes_the_best_of_the_first_k_candidates_and_averages_over_prompts()
    {
        IReadOnlyList<CandidateView> first = [Candidate(1, 0, 4), Candidate(2, 1, 8), Candidate(3, 2, 6), Candidate(4, 3, 9)];
        IReadOnlyList<CandidateView> second = [Candidate(5, 0, 6), Candidate(6, 1, 2), Candidate(7, 2, 7), Candidate(8, 3, 3)];

        var curve = BestOfFirstKCurve.Compute([first, second], 4);

        Assert.Equal([1, 2, 3, 4], curve.Select(p => p.K));
        // k=1: (4 + 6) / 2; k=2: (8 + 6) / 2; k=3: (8 + 7) / 2; k=4: (9 + 7) / 2.
        Assert.Equal([5.0, 7.0, 7.5, 8.0], curve.Select(p => p.MeanScore!.Value));
        Assert.All(curve, p => Assert.Equal(2, p.Prompts));
    }

    [Fact]
    public void First_means_canonical_order_whatever_order_the_candidates_come_in()
    {
        // Teacher 1's sample comes after teacher 0's samples, though it is listed first.
        IReadOnlyList<CandidateView> candidates = [new(9, 1, 0, "Late.", 10), Candidate(1, 0, 3), Candidate(2, 1, 5)];

        Assert.Equal(3, BestOfFirstKCurve.ChosenScore(candidates, 1));
        Assert.Equal(5, BestOfFirstKCurve.ChosenScore(candidates, 2));
        Assert.Equal(10, BestOfFirstKCurve.ChosenScore(candidates, 3));
    }

    [Fact]
    public void A_tie_goes_to_the_shortest_answer_as_in_best_of_n()
    {
        IReadOnlyList<CandidateView> candidates = [Candidate(1, 0, 7, "A long answer that rambles on."), Candidate(2, 1, 7, "Short.")];

        var selection = new BestOfNSelector().Select(new SelectionInput(0, 0, candidates));

        Assert.Equal(2, selection.CandidateId);
        Assert.Equal(7, BestOfFirstKCurve.ChosenScore(candidates, 2));
    }

    [Fact]
    public void Candidates_the_judge_failed_on_are_skipped_and_a_prompt_with_none_scored_counts_for_no_point()
    {
        // Prompt one: the first candidate's score failed. Prompt two: every score failed.
        IReadOnlyList<CandidateView> one = [Candidate(1, 0, null), Candidate(2, 1, 6)];
        IReadOnlyList<CandidateView> two = [Candidate(3, 0, null), Candidate(4, 1, null)];

        var curve = BestOfFirstKCurve.Compute([one, two], 2);

        Assert.Equal(new ScalingPoint(1, null, 0), curve[0]);
        Assert.Equal(new ScalingPoint(2, 6, 1), curve[1]);
    }

    [Fact]
    public void A_prompt_whose_generation_failed_has_fewer_candidates_and_uses_the_ones_it_has()
    {
        // Three of four candidates were generated; k = 4 reads those three.
        IReadOnlyList<CandidateView> candidates = [Candidate(1, 0, 2), Candidate(2, 2, 5), Candidate(3, 3, 4)];

        var curve = BestOfFirstKCurve.Compute([candidates, []], 4);

        Assert.Equal([2.0, 5.0, 5.0, 5.0], curve.Select(p => p.MeanScore!.Value));
        Assert.All(curve, p => Assert.Equal(1, p.Prompts));
    }
}
