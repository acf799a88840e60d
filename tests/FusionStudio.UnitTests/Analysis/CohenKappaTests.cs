using FusionStudio.Engine.Analysis;

namespace FusionStudio.UnitTests.Analysis;

public sealed class CohenKappaTests
{
    [Fact]
    public void Classic_two_by_two_table_gives_kappa_0_4()
    {
        // p_o = 35/50 = 0.7; p_e = 25/50·30/50 + 25/50·20/50 = 0.5; κ = 0.2 / 0.5.
        var agreement = CohenKappa.FromTable(new[,] { { 20, 5 }, { 10, 15 } });

        Assert.Equal(50, agreement.Items);
        Assert.Equal(0.7, agreement.Observed, 12);
        Assert.Equal(0.5, agreement.Expected, 12);
        Assert.Equal(0.4, agreement.Kappa!.Value, 12);
    }

    [Fact]
    public void Three_by_three_table_matches_the_hand_computation()
    {
        // Rows 15, 15, 10; columns 13, 15, 12; n = 40. p_o = 29/40; p_e = (195 + 225 + 120) / 1600 = 0.3375.
        var agreement = CohenKappa.FromTable(new[,] { { 10, 2, 3 }, { 1, 12, 2 }, { 2, 1, 7 } });

        Assert.Equal(0.725, agreement.Observed, 12);
        Assert.Equal(0.3375, agreement.Expected, 12);
        Assert.Equal((0.725 - 0.3375) / (1 - 0.3375), agreement.Kappa!.Value, 12);
    }

    [Fact]
    public void Pairs_of_outcomes_are_tabulated_over_the_three_categories()
    {
        // The same 2×2 table as above, written as pairs over "A better" and "B better".
        var pairs = Enumerable.Repeat((Outcome.Win, Outcome.Win), 20)
            .Concat(Enumerable.Repeat((Outcome.Win, Outcome.Loss), 5))
            .Concat(Enumerable.Repeat((Outcome.Loss, Outcome.Win), 10))
            .Concat(Enumerable.Repeat((Outcome.Loss, Outcome.Loss), 15));

        Assert.Equal(0.4, CohenKappa.Compute(pairs).Kappa!.Value, 12);
    }

    [Fact]
    public void Perfect_agreement_over_several_categories_is_one()
    {
        var agreement = CohenKappa.Compute([(Outcome.Win, Outcome.Win), (Outcome.Tie, Outcome.Tie), (Outcome.Loss, Outcome.Loss), (Outcome.Win, Outcome.Win)]);

        Assert.Equal(1.0, agreement.Observed);
        Assert.Equal(1.0, agreement.Kappa!.Value, 12);
    }

    [Fact]
    public void Kappa_is_undefined_when_both_raters_use_one_category_only()
    {
        var agreement = CohenKappa.Compute([(Outcome.Tie, Outcome.Tie), (Outcome.Tie, Outcome.Tie), (Outcome.Tie, Outcome.Tie)]);

        Assert.Equal(1.0, agreement.Expected, 12);
        Assert.Equal(1.0, agreement.Observed);
        Assert.Null(agreement.Kappa);
    }

    [Fact]
    public void Systematic_disagreement_is_negative_and_no_items_give_nothing()
    {
        var opposite = CohenKappa.Compute([(Outcome.Win, Outcome.Loss), (Outcome.Loss, Outcome.Win)]);

        // p_o = 0, p_e = 0.5: κ = −1.
        Assert.Equal(-1.0, opposite.Kappa!.Value, 12);
        Assert.Equal(RaterAgreement.None, CohenKappa.Compute([]));
    }

    [Fact]
    public void Weighted_kappa_counts_a_neighbouring_category_as_half_an_agreement()
    {
        // Linear weights 1, ½, 0. p_o,w = 29/40 + ½·6/40 = 0.8; p_e,w = (540 + ½·750) / 1600 = 0.571875;
        // κ_w = 0.228125 / 0.428125.
        var agreement = CohenKappa.FromTable(new[,] { { 10, 2, 3 }, { 1, 12, 2 }, { 2, 1, 7 } });

        Assert.Equal(0.228125 / 0.428125, agreement.WeightedKappa!.Value, 12);
        Assert.False(agreement.TooFew);
    }

    [Fact]
    public void Kappa_has_a_normal_approximation_interval_and_small_tables_are_flagged()
    {
        // p_o = 0.7, p_e = 0.5, n = 50: SE = √(0.7·0.3 / (50·0.25)) = 0.129615; ± 1.959964·SE = ± 0.254040.
        var agreement = CohenKappa.FromTable(new[,] { { 20, 5 }, { 10, 15 } });

        Assert.Equal(0.4 - 0.254040, agreement.KappaInterval!.Lower, 6);
        Assert.Equal(0.4 + 0.254040, agreement.KappaInterval!.Upper, 6);
        Assert.True(CohenKappa.FromTable(new[,] { { 5, 1 }, { 1, 5 } }).TooFew);
    }
}
