using FusionStudio.Engine.Methods;

namespace FusionStudio.UnitTests.Methods;

public sealed class BestOfNSelectorTests
{
    private readonly BestOfNSelector _selector = new();

    [Fact]
    public void Highest_score_wins() =>
        Assert.Equal(2, _selector.Select(Candidates.Input(
            Candidates.Scored(1, 6),
            Candidates.Scored(2, 8.5, sample: 1),
            Candidates.Scored(3, 8, sample: 2))).CandidateId);

    [Fact]
    public void Equal_scores_go_to_the_shorter_text() =>
        Assert.Equal(2, _selector.Select(Candidates.Input(
            Candidates.Scored(1, 8, "A longer answer with more words.", sample: 0),
            Candidates.Scored(2, 8, "Short.", sample: 1),
            Candidates.Scored(3, 7.5, "Tiny", sample: 2))).CandidateId);

    [Fact]
    public void Views_made_for_selection_break_ties_by_their_given_length()
    {
        // The scaling curve loads lengths, not texts: the same rule must hold without the text.
        var result = _selector.Select(Candidates.Input(
            CandidateView.ForSelection(1, teacherPosition: 0, sampleIndex: 0, textLength: 120, score: 8),
            CandidateView.ForSelection(2, teacherPosition: 0, sampleIndex: 1, textLength: 40, score: 8),
            CandidateView.ForSelection(3, teacherPosition: 0, sampleIndex: 2, textLength: 10, score: 7)));

        Assert.Equal(2, result.CandidateId);
    }

    [Fact]
    public void Equal_scores_and_lengths_go_to_the_first_in_canonical_order()
    {
        // Passed in reverse: canonical order (teacher position, then sample index) decides, not the list order.
        var result = _selector.Select(Candidates.Input(
            Candidates.Scored(3, 7, "Same length.", teacher: 1, sample: 0),
            Candidates.Scored(2, 7, "Same length.", teacher: 0, sample: 1),
            Candidates.Scored(1, 7, "Same length.", teacher: 0, sample: 0)));

        Assert.Equal(1, result.CandidateId);
        Assert.Contains("first", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Unscored_candidates_are_ignored()
    {
        // The unscored candidate is the shortest and first, so it would win any tie-break if it counted.
        var result = _selector.Select(Candidates.Input(
            Candidates.Scored(1, null, "X", sample: 0),
            Candidates.Scored(2, 3, "A weak answer.", sample: 1)));

        Assert.Equal(2, result.CandidateId);
        Assert.Contains("1 unscored", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void No_scored_candidate_means_no_selection_with_a_reason()
    {
        var result = _selector.Select(Candidates.Input(Candidates.Scored(1, null), Candidates.Scored(2, null, sample: 1)));

        Assert.False(result.IsSelected);
        Assert.Equal("No candidate has a judge score.", result.Reason);
    }
}
