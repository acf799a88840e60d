using FusionStudio.Engine.Methods;

namespace FusionStudio.UnitTests.Methods;

public sealed class StableShuffleTests
{
    private static readonly int[] s_items = [1, 2, 3, 4, 5, 6, 7, 8];

    [Fact]
    public void Same_seed_gives_the_same_order() =>
        Assert.Equal(StableShuffle.Shuffle(s_items, 99), StableShuffle.Shuffle(s_items, 99));

    [Fact]
    public void Result_is_a_permutation_and_the_input_is_untouched()
    {
        var shuffled = StableShuffle.Shuffle(s_items, 3);

        Assert.Equal(s_items, shuffled.Order());
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], s_items);
    }

    [Fact]
    public void Different_seeds_give_different_orders()
    {
        var orders = Enumerable.Range(0, 20)
            .Select(seed => string.Join(",", StableShuffle.Shuffle(s_items, (ulong)seed)))
            .ToHashSet();

        // 20 seeds over 8! = 40,320 orders: a repeat or two is possible, a collapse to few orders is a bug.
        Assert.True(orders.Count >= 18, $"only {orders.Count} distinct orders");
    }

    [Fact]
    public void Every_item_reaches_the_first_position()
    {
        var firsts = Enumerable.Range(0, 200).Select(seed => StableShuffle.Shuffle(s_items, (ulong)seed)[0]).ToHashSet();

        Assert.Equal(s_items.ToHashSet(), firsts);
    }

    [Fact]
    public void Empty_and_single_lists_are_returned_as_they_are()
    {
        Assert.Empty(StableShuffle.Shuffle(Array.Empty<int>(), 1));
        Assert.Equal([42], StableShuffle.Shuffle([42], 1));
    }
}
