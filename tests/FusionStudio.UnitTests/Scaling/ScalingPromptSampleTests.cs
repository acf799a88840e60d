using FusionStudio.Engine.Scaling;

namespace FusionStudio.UnitTests.Scaling;

public sealed class ScalingPromptSampleTests
{
    [Fact]
    public void A_limit_picks_that_many_prompts_the_same_ones_for_the_same_seed()
    {
        var ids = Enumerable.Range(100, 60).Select(i => (long)i).ToList();

        var sample = ScalingPromptSample.Choose(ids, 12, 5);

        Assert.Equal(12, sample.Count);
        Assert.Subset(ids.ToHashSet(), sample.ToHashSet());
        Assert.Equal(sample.Order(), ScalingPromptSample.Choose(Enumerable.Reverse(ids), 12, 5).Order());
        // Not simply the first twelve.
        Assert.NotEqual(ids.Take(12), sample.Order());
    }

    [Fact]
    public void No_limit_or_a_large_one_keeps_every_prompt()
    {
        Assert.Equal(3, ScalingPromptSample.Choose([1, 2, 3], null, 5).Count);
        Assert.Equal(3, ScalingPromptSample.Choose([1, 2, 3], 9, 5).Count);
    }
}
