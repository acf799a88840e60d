using FusionStudio.Engine.Methods;

namespace FusionStudio.UnitTests.Methods;

public sealed class FusionSubsetTests
{
    [Fact]
    public void Every_k_subset_is_drawn_about_equally_often_over_seeds()
    {
        // 4 candidates, k = 2: six subsets, each expected 1/6 of 6,000 draws.
        var candidates = Candidates.Numbered(4);
        var counts = Enumerable.Range(0, 6000)
            .Select(subset => string.Join(",", FusionSubset.Take(candidates, 2, 7, 11, 2, subset).Select(c => c.CandidateId)))
            .GroupBy(key => key)
            .ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(6, counts.Count);
        Assert.All(counts.Values, count => Assert.InRange(count, 850, 1150));
    }

    [Fact]
    public void The_same_seed_gives_the_same_subset_and_it_comes_in_canonical_order()
    {
        var candidates = Candidates.Numbered(6);

        var once = FusionSubset.Take(candidates, 3, 7, 11, 3, 1).Select(c => c.CandidateId).ToList();
        var again = FusionSubset.Take(candidates.Reverse().ToList(), 3, 7, 11, 3, 1).Select(c => c.CandidateId).ToList();

        Assert.Equal(once, again);
        Assert.Equal(once.Order(), once);
    }

    [Fact]
    public void Takes_k_candidates_in_canonical_order()
    {
        CandidateView[] candidates =
        [
            Candidates.Text(4, "d", teacher: 1, sample: 0),
            Candidates.Text(2, "b", teacher: 0, sample: 1),
            Candidates.Text(3, "c", teacher: 0, sample: 2),
            Candidates.Text(1, "a", teacher: 0, sample: 0),
        ];

        var taken = FusionSubset.Take(candidates, 3, 1, 2, 3, 0);

        Assert.Equal(3, taken.Count);
        Assert.Equal(CandidateOrder.Canonical(taken), taken);
    }

    [Fact]
    public void K_beyond_the_candidates_takes_them_all() =>
        Assert.Equal(3, FusionSubset.Take(Candidates.Numbered(3), 8, 1).Count);

    [Fact]
    public void K_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FusionSubset.Take(Candidates.Numbered(3), 0, 1));

    [Fact]
    public void Canonical_order_sorts_by_teacher_position_then_sample_index()
    {
        var ordered = CandidateOrder.Canonical(
        [
            Candidates.Text(1, "x", teacher: 2, sample: 0),
            Candidates.Text(2, "x", teacher: 1, sample: 1),
            Candidates.Text(3, "x", teacher: 1, sample: 0),
        ]);

        Assert.Equal([3L, 2L, 1L], ordered.Select(candidate => candidate.CandidateId));
    }
}
