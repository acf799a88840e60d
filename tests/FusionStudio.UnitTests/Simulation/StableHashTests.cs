using System.Globalization;
using FusionStudio.Simulation;

namespace FusionStudio.UnitTests.Simulation;

public sealed class StableHashTests
{
    private const int Requests = 10_000;

    [Fact]
    public void Draws_for_consecutive_request_numbers_are_spread_and_independent()
    {
        // The fake server draws each request's fault from its running number: a storm must not come in clumps.
        var draws = Enumerable.Range(1, Requests)
            .Select(i => StableHash.UnitInterval("7", "server", i.ToString(CultureInfo.InvariantCulture)))
            .ToList();

        var nearNeighbours = draws.Zip(draws.Skip(1)).Count(pair => Math.Abs(pair.First - pair.Second) < 0.001);
        Assert.InRange(nearNeighbours, 0, 50);

        // One in a hundred below 0.01, as a fault at 1 % expects; and no streak of them that chance would not give.
        var hits = draws.Select(d => d < 0.01).ToList();
        Assert.InRange(hits.Count(h => h), 60, 140);
        Assert.InRange(LongestStreak(hits), 1, 3);

        var deciles = draws.GroupBy(d => (int)(d * 10)).Select(g => g.Count()).ToList();
        Assert.Equal(10, deciles.Count);
        Assert.All(deciles, count => Assert.InRange(count, 850, 1150));
    }

    private static int LongestStreak(IReadOnlyList<bool> hits)
    {
        int longest = 0, current = 0;
        foreach (var hit in hits)
        {
            current = hit ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }

        return longest;
    }
}
