using FusionStudio.Domain.Review;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Exports;
using static FusionStudio.UnitTests.Exports.ExportSamples;

namespace FusionStudio.UnitTests.Exports;

public sealed class ExportRowComposerTests
{
    private static readonly ExportCandidate[] _candidates =
    [
        Candidate(3, Arabic, 1, "second teacher", 4),
        Candidate(1, Arabic, 0, "first teacher", 9),
        Candidate(2, Arabic, 0, null, null, "rate limited"),
        Candidate(4, Arabic, 2, "third teacher", 2.5),
    ];

    private static readonly ExportAggregate[] _aggregates =
    [
        Aggregate(10, Arabic, AggregationMethod.BestOfN, "first teacher", 1, [1, 3, 4], 9),
        Aggregate(11, Arabic, AggregationMethod.Mbr, "second teacher", 3, [1, 3, 4], 4),
        Aggregate(12, Arabic, AggregationMethod.Random, "third teacher", 4, [1, 3, 4], 2.5),
        Aggregate(13, Arabic, AggregationMethod.FusionOfN, "fused answer", null, [1, 3], 9.5),
    ];

    [Fact]
    public void The_full_log_lists_candidates_in_teacher_order_with_the_methods_that_chose_them()
    {
        var rows = ExportRowComposer.FullLog(Batch(), ExportFilter.None).ToList();

        Assert.Equal([1L, 2, 3, 4], rows.Select(r => r.Candidate.Id));
        Assert.Equal([true, false, false, false], rows.Select(r => r.BestOfNSelected));
        Assert.Equal([false, false, true, false], rows.Select(r => r.MbrSelected));
        Assert.Equal([false, false, false, true], rows.Select(r => r.RandomSelected));
        Assert.Equal([true, false, true, false], rows.Select(r => r.FusionSource));
    }

    [Fact]
    public void Method_and_minimum_score_filters_narrow_the_full_log_and_aggregates()
    {
        Assert.Equal([1L, 3], ExportRowComposer.FullLog(Batch(), new ExportFilter { Method = AggregationMethod.FusionOfN }).Select(r => r.Candidate.Id));
        Assert.Equal([1L, 3], ExportRowComposer.FullLog(Batch(), new ExportFilter { MinScore = 4 }).Select(r => r.Candidate.Id));
        Assert.Equal([AggregationMethod.BestOfN, AggregationMethod.FusionOfN],
            ExportRowComposer.Aggregates(Batch(), new ExportFilter { MinScore = 9 }).Select(r => r.Aggregate.Method));
        Assert.Equal([AggregationMethod.Mbr], ExportRowComposer.Aggregates(Batch(), new ExportFilter { Method = AggregationMethod.Mbr }).Select(r => r.Aggregate.Method));
    }

    [Fact]
    public void Sft_takes_the_fused_or_best_of_n_answer_and_skips_prompts_without_one()
    {
        var fused = Assert.Single(ExportRowComposer.Sft(Batch(), SftAnswerRule.Fusion, ExportFilter.None));
        var best = Assert.Single(ExportRowComposer.Sft(Batch(), SftAnswerRule.BestOfN, ExportFilter.None));

        Assert.Equal(("fused answer", "fusion", 9.5), (fused.Answer.Text, fused.Answer.Source, fused.Answer.Score));
        Assert.Equal(("first teacher", "bon"), (best.Answer.Text, best.Answer.Source));
        Assert.Empty(ExportRowComposer.Sft(Batch(), SftAnswerRule.Fusion, new ExportFilter { MinScore = 9.6 }));
        Assert.Empty(ExportRowComposer.Sft(Batch(aggregates: []), SftAnswerRule.Fusion, ExportFilter.None));
    }

    [Fact]
    public void Fusion_pairs_reject_the_lowest_scored_successful_candidate()
    {
        var pair = Assert.Single(ExportRowComposer.PreferencePairs(Batch(), PreferencePairRule.FusionOverLowest, ExportFilter.None));

        Assert.Equal("fused answer", pair.Chosen.Text);
        Assert.Equal(("third teacher", 4L, 2.5), (pair.Rejected.Text, pair.Rejected.CandidateId!.Value, pair.Rejected.Score!.Value));
    }

    [Fact]
    public void Human_rules_follow_the_majority_verdict_and_leave_out_ties_and_both_bad()
    {
        var preferB = Batch(reviews: [ReviewOf(1, Arabic, HumanVerdict.B), ReviewOf(2, Arabic, HumanVerdict.B, "Omar"), ReviewOf(3, Arabic, HumanVerdict.A, "Mei")]);
        var split = Batch(reviews: [ReviewOf(1, Arabic, HumanVerdict.A), ReviewOf(2, Arabic, HumanVerdict.B, "Omar")]);
        var bothBad = Batch(reviews: [ReviewOf(1, Arabic, HumanVerdict.BothBad)]);

        var sft = Assert.Single(ExportRowComposer.Sft(preferB, SftAnswerRule.HumanPreferred, ExportFilter.None));
        var pair = Assert.Single(ExportRowComposer.PreferencePairs(preferB, PreferencePairRule.HumanPreferred, ExportFilter.None));

        Assert.Equal(("first teacher", "bon"), (sft.Answer.Text, sft.Answer.Source));
        Assert.Equal(("first teacher", "fused answer"), (pair.Chosen.Text, pair.Rejected.Text));
        Assert.Empty(ExportRowComposer.Sft(split, SftAnswerRule.HumanPreferred, ExportFilter.None));
        Assert.Empty(ExportRowComposer.PreferencePairs(bothBad, PreferencePairRule.HumanPreferred, ExportFilter.None));
        Assert.Empty(ExportRowComposer.Sft(Batch(), SftAnswerRule.HumanPreferred, ExportFilter.None));
    }

    [Fact]
    public void No_preference_pair_has_the_same_text_chosen_and_rejected()
    {
        // Best-of-N and Fusion-of-N gave the same text; people still preferred Best-of-N (votes from before such
        // prompts were held back from review).
        ExportAggregate[] same =
        [
            Aggregate(10, Arabic, AggregationMethod.BestOfN, "third teacher", 4, [1, 3, 4], 2.5),
            Aggregate(13, Arabic, AggregationMethod.FusionOfN, "third teacher", null, [1, 3], 2.5),
        ];
        var batch = Batch(aggregates: same, reviews: [ReviewOf(1, Arabic, HumanVerdict.B)]);

        Assert.Empty(ExportRowComposer.PreferencePairs(batch, PreferencePairRule.HumanPreferred, ExportFilter.None));
        // The fused text is also the lowest-scored candidate's text.
        Assert.Empty(ExportRowComposer.PreferencePairs(batch, PreferencePairRule.FusionOverLowest, ExportFilter.None));
    }

    [Fact]
    public void Review_rows_can_be_narrowed_to_one_verdict()
    {
        var batch = Batch(reviews: [ReviewOf(1, Arabic, HumanVerdict.A), ReviewOf(2, Arabic, HumanVerdict.Tie, "Omar")]);

        Assert.Equal([2L], ExportRowComposer.Reviews(batch, new ExportFilter { Human = ExportHumanFilter.Tie }).Select(r => r.Review.Id));
        Assert.Equal([1L, 2], ExportRowComposer.Reviews(batch, new ExportFilter { Human = ExportHumanFilter.Reviewed }).Select(r => r.Review.Id));
        Assert.Empty(ExportRowComposer.Reviews(batch, new ExportFilter { Method = AggregationMethod.Random }));
    }

    [Fact]
    public void The_language_filter_leaves_out_answers_whose_script_does_not_fit_the_prompt()
    {
        ExportCandidate[] candidates = [Candidate(1, Arabic, 0, "عاصمة مصر هي القاهرة", 8), Candidate(2, Arabic, 1, "The capital is Cairo", 9)];
        ExportAggregate[] aggregates =
        [
            Aggregate(10, Arabic, AggregationMethod.BestOfN, "The capital is Cairo", 2, [1, 2], 9),
            Aggregate(11, Arabic, AggregationMethod.FusionOfN, "عاصمة مصر هي القاهرة", null, [1, 2], 8.5),
        ];
        var batch = new ExportBatch(12, [Arabic], candidates, aggregates, [], []);
        var filter = new ExportFilter { RightLanguageOnly = true };

        Assert.Equal([1L], ExportRowComposer.FullLog(batch, filter).Select(r => r.Candidate.Id));
        Assert.Equal([AggregationMethod.FusionOfN], ExportRowComposer.Aggregates(batch, filter).Select(r => r.Aggregate.Method));
        Assert.Single(ExportRowComposer.Sft(batch, SftAnswerRule.Fusion, filter));
        Assert.Empty(ExportRowComposer.Sft(batch, SftAnswerRule.BestOfN, filter));
        Assert.Single(ExportRowComposer.Sft(batch, SftAnswerRule.BestOfN, ExportFilter.None));
    }

    [Fact]
    public void The_judge_filter_keeps_fused_answers_by_the_verdicts_on_fusion()
    {
        ExportComparison Verdict(AggregationMethod a, AggregationMethod b, PairVerdict? final) => new(Arabic.PromptId, a, b, final, final, final, null, 0m, At);
        var fusionWon = Batch(comparisons: [Verdict(AggregationMethod.FusionOfN, AggregationMethod.BestOfN, PairVerdict.A)]);
        var tie = Batch(comparisons: [Verdict(AggregationMethod.FusionOfN, AggregationMethod.BestOfN, PairVerdict.Tie)]);
        var mixed = Batch(comparisons: [Verdict(AggregationMethod.FusionOfN, AggregationMethod.BestOfN, PairVerdict.A), Verdict(AggregationMethod.Mbr, AggregationMethod.FusionOfN, PairVerdict.A)]);
        var notCompared = Batch();
        var notBeaten = new ExportFilter { Judge = ExportJudgeFilter.NotBeaten };
        var won = new ExportFilter { Judge = ExportJudgeFilter.Won };

        Assert.Single(ExportRowComposer.Sft(fusionWon, SftAnswerRule.Fusion, notBeaten));
        Assert.Single(ExportRowComposer.Sft(fusionWon, SftAnswerRule.Fusion, won));
        Assert.Single(ExportRowComposer.Sft(tie, SftAnswerRule.Fusion, notBeaten));
        Assert.Empty(ExportRowComposer.Sft(tie, SftAnswerRule.Fusion, won));
        Assert.Empty(ExportRowComposer.Sft(mixed, SftAnswerRule.Fusion, notBeaten));
        Assert.Single(ExportRowComposer.Sft(notCompared, SftAnswerRule.Fusion, notBeaten));
        Assert.Empty(ExportRowComposer.Sft(notCompared, SftAnswerRule.Fusion, won));

        // Best-of-N lost where fusion won: its SFT row goes, and among aggregates only its row goes.
        Assert.Empty(ExportRowComposer.Sft(fusionWon, SftAnswerRule.BestOfN, notBeaten));
        Assert.DoesNotContain(AggregationMethod.BestOfN, ExportRowComposer.Aggregates(fusionWon, notBeaten).Select(r => r.Aggregate.Method));
        Assert.Contains(AggregationMethod.FusionOfN, ExportRowComposer.Aggregates(fusionWon, notBeaten).Select(r => r.Aggregate.Method));
        Assert.Empty(ExportRowComposer.PreferencePairs(mixed, PreferencePairRule.FusionOverLowest, notBeaten));
    }

    private static ExportBatch Batch(
        IReadOnlyList<ExportAggregate>? aggregates = null, IReadOnlyList<ExportReview>? reviews = null, IReadOnlyList<ExportComparison>? comparisons = null) =>
        new(12, [Arabic], _candidates, aggregates ?? _aggregates, comparisons ?? [], reviews ?? []);
}
