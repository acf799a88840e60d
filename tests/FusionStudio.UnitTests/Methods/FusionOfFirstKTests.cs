using FusionStudio.Engine.Methods;

namespace FusionStudio.UnitTests.Methods;

public sealed class FusionOfFirstKTests
{
    [Fact]
    public void Takes_the_first_k_in_canonical_order()
    {
        CandidateView[] candidates =
        [
            Candidates.Text(4, "d", teacher: 1, sample: 0),
            Candidates.Text(2, "b", teacher: 0, sample: 1),
            Candidates.Text(3, "c", teacher: 0, sample: 2),
            Candidates.Text(1, "a", teacher: 0, sample: 0),
        ];

        Assert.Equal([1L, 2L, 3L], FusionOfFirstK.Take(candidates, 3).Select(candidate => candidate.CandidateId));
    }

    [Fact]
    public void K_beyond_the_candidates_takes_them_all() =>
        Assert.Equal(3, FusionOfFirstK.Take(Candidates.Numbered(3), 8).Count);

    [Fact]
    public void K_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FusionOfFirstK.Take(Candidates.Numbered(3), 0));

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
