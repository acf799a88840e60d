using FusionStudio.Engine.Analysis;
using FusionStudio.Engine.Methods;

namespace FusionStudio.UnitTests.Analysis;

public sealed class ClusterBootstrapTests
{
    private static readonly BootstrapOptions _options = new();

    [Fact]
    public void Same_prompts_and_seed_give_the_same_interval()
    {
        var prompts = Singles(wins: 40, ties: 15, losses: 45);

        var first = ClusterBootstrap.PercentileInterval(prompts, 11, _options);
        var second = ClusterBootstrap.PercentileInterval(prompts, 11, _options);

        Assert.Equal(first, second);
        Assert.NotEqual(first, ClusterBootstrap.PercentileInterval(prompts, 12, _options));
    }

    [Fact]
    public void Interval_contains_the_estimate_and_narrows_as_prompts_grow()
    {
        var small = Singles(wins: 24, ties: 8, losses: 18);
        var large = Singles(wins: 2400, ties: 800, losses: 1800);
        var rate = (24 + 4) / 50.0;

        var smallInterval = ClusterBootstrap.PercentileInterval(small, 3, _options)!;
        var largeInterval = ClusterBootstrap.PercentileInterval(large, 3, _options)!;

        Assert.True(smallInterval.Contains(rate), $"{smallInterval} should contain {rate}");
        Assert.True(largeInterval.Contains(rate), $"{largeInterval} should contain {rate}");
        Assert.True(largeInterval.Width < smallInterval.Width / 5, $"{largeInterval} should be far narrower than {smallInterval}");
    }

    [Fact]
    public void All_wins_give_the_interval_one_to_one()
    {
        Assert.Equal(new ConfidenceInterval(1, 1), ClusterBootstrap.PercentileInterval(Singles(wins: 30, ties: 0, losses: 0), 1, _options));
    }

    [Fact]
    public void Two_prompts_give_the_hand_computed_interval()
    {
        // One win and one loss: a resample's rate is 0, ½ or 1 with chances ¼, ½, ¼, so the 2.5% and 97.5%
        // percentiles of 2,000 resamples are 0 and 1. A win and a tie: rates ½, ¾, 1, so ½ and 1.
        Assert.Equal(new ConfidenceInterval(0, 1), ClusterBootstrap.PercentileInterval(Singles(1, 0, 1), 5, _options));
        Assert.Equal(new ConfidenceInterval(0.5, 1), ClusterBootstrap.PercentileInterval(Singles(1, 1, 0), 5, _options));
    }

    [Fact]
    public void Matches_a_straightforward_resampling_loop()
    {
        var prompts = Singles(wins: 150, ties: 60, losses: 90);

        var interval = ClusterBootstrap.PercentileInterval(prompts, 21, new BootstrapOptions { Resamples = 4000 })!;
        var reference = LoopInterval(prompts, resamples: 20000, seed: 99);

        Assert.Equal(reference.Lower, interval.Lower, 0.012);
        Assert.Equal(reference.Upper, interval.Upper, 0.012);
    }

    [Fact]
    public void Keeps_the_verdicts_of_one_prompt_together()
    {
        // 60 prompts reviewed twice: reviewers agree, so the clustered interval is as wide as 60 single verdicts,
        // wider than 120 independent verdicts would give.
        var pairs = Enumerable.Repeat(new OutcomeCounts(2, 0, 0), 30).Concat(Enumerable.Repeat(new OutcomeCounts(0, 0, 2), 30)).ToList();

        var interval = ClusterBootstrap.PercentileInterval(pairs, 8, _options)!;
        var reference = LoopInterval(pairs, resamples: 20000, seed: 4);
        var independent = ClusterBootstrap.PercentileInterval(Singles(60, 0, 60), 8, _options)!;

        Assert.Equal(reference.Lower, interval.Lower, 0.02);
        Assert.Equal(reference.Upper, interval.Upper, 0.02);
        Assert.True(interval.Width > independent.Width * 1.2, $"{interval} should be wider than {independent}");
    }

    [Fact]
    public void No_prompts_give_no_interval()
    {
        Assert.Null(ClusterBootstrap.PercentileInterval([], 1, _options));
    }

    private static List<OutcomeCounts> Singles(int wins, int ties, int losses) =>
        Enumerable.Repeat(new OutcomeCounts(1, 0, 0), wins)
            .Concat(Enumerable.Repeat(new OutcomeCounts(0, 1, 0), ties))
            .Concat(Enumerable.Repeat(new OutcomeCounts(0, 0, 1), losses))
            .ToList();

    // The textbook bootstrap: draw n prompts with replacement, one by one, and read the percentiles.
    private static ConfidenceInterval LoopInterval(IReadOnlyList<OutcomeCounts> prompts, int resamples, ulong seed)
    {
        var random = new StableRandom(seed);
        var rates = new List<double>(resamples);
        for (var r = 0; r < resamples; r++)
        {
            double points = 0;
            double verdicts = 0;
            for (var i = 0; i < prompts.Count; i++)
            {
                var prompt = prompts[random.NextInt(prompts.Count)];
                points += prompt.Wins + (0.5 * prompt.Ties);
                verdicts += prompt.Total;
            }

            rates.Add(points / verdicts);
        }

        rates.Sort();
        return new ConfidenceInterval(ClusterBootstrap.Quantile(rates, 0.025), ClusterBootstrap.Quantile(rates, 0.975));
    }
}
