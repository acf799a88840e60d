using FusionStudio.Engine.Methods;

namespace FusionStudio.UnitTests.Methods;

public sealed class ChrFTests
{
    private const double Precision = 1e-9;

    [Fact]
    public void Identical_strings_score_100() =>
        Assert.Equal(100, ChrF.Score("The cat sat on the mat.", "The cat sat on the mat."), Precision);

    [Fact]
    public void Strings_with_no_character_in_common_score_0() =>
        Assert.Equal(0, ChrF.Score("abc", "xyz"), Precision);

    // Hypothesis "ab", reference "abc".
    // n=1: hyp {a,b} = 2, ref {a,b,c} = 3, matches 2 -> P = 1, R = 2/3.
    // n=2: hyp {ab} = 1, ref {ab,bc} = 2, matches 1 -> P = 1, R = 1/2.
    // n>=3: the hypothesis has no 3-grams, so those orders are left out (2 effective orders).
    // P = 1, R = (2/3 + 1/2) / 2 = 7/12; F2 = 5 * P * R / (4P + R) = (35/12) / (55/12) = 7/11.
    [Fact]
    public void Shorter_hypothesis_is_scored_over_the_orders_both_texts_have() =>
        Assert.Equal(100.0 * 7 / 11, ChrF.Score("ab", "abc"), Precision);

    // Whitespace is removed first, so "a b c" is "abc"; reference "abd".
    // n=1: {a,b,c} vs {a,b,d}: 2 matches of 3 each -> P = R = 2/3.
    // n=2: {ab,bc} vs {ab,bd}: 1 match of 2 each -> P = R = 1/2.
    // n=3: {abc} vs {abd}: 0 matches -> P = R = 0 (still an effective order: both have a 3-gram).
    // P = R = (2/3 + 1/2 + 0) / 3 = 7/18, and F of equal P and R is that value.
    [Fact]
    public void Whitespace_is_ignored_and_partial_overlap_scores_the_averaged_f() =>
        Assert.Equal(100.0 * 7 / 18, ChrF.Score("a b c", "abd"), Precision);

    // Repeated characters are clipped: "aaa" has three "a" unigrams but the reference "a" only one.
    // n=1: P = 1/3, R = 1/1; n=2: the reference has no bigram, so only one effective order.
    // F2 = 5 * (1/3) * 1 / (4/3 + 1) = (5/3) / (7/3) = 5/7.
    [Fact]
    public void Repeated_n_grams_match_at_most_as_often_as_the_reference_has_them() =>
        Assert.Equal(100.0 * 5 / 7, ChrF.Score("aaa", "a"), Precision);

    // The value sacrebleu's chrF (defaults: 6 character orders, beta 2, no whitespace) gives for this pair, as
    // published in the chrF metric card of Hugging Face's datasets library.
    [Fact]
    public void Matches_sacrebleu_on_a_published_sentence_pair() =>
        Assert.Equal(
            61.576379378113785,
            ChrF.Score("The relationship between Obama and Netanyahu is not exactly friendly.", "The ties between Obama and Netanyahu are not particularly friendly."),
            1e-9);

    // The same pair the other way round: now P = 7/12 and R = 1, so F2 = 5 * (7/12) / (4 * 7/12 + 1) = 35/40.
    // With beta = 1 both directions would score the same; beta = 2 rewards the text that covers its reference.
    [Fact]
    public void Recall_weighs_more_than_precision() =>
        Assert.Equal(100.0 * 35 / 40, ChrF.Score("abc", "ab"), Precision);

    [Fact]
    public void Characters_outside_the_basic_plane_count_once()
    {
        // "😀" is two UTF-16 code units but one character; one shared character out of two on each side.
        // n=1: P = R = 1/2; n=2: {😀x} vs {😀y}: P = R = 0. Average 1/4.
        Assert.Equal(25, ChrF.Score("😀x", "😀y"), Precision);
    }

    [Fact]
    public void Empty_text_scores_0() => Assert.Equal(0, ChrF.Score("", "anything"), Precision);
}
