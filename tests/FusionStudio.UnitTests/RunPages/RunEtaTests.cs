using FusionStudio.Web.Runs;

namespace FusionStudio.UnitTests.RunPages;

public sealed class RunEtaTests
{
    private static readonly DateTimeOffset _start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Time_left_follows_the_rate_since_the_start()
    {
        // 25 of 100 prompts in 10 minutes: 75 more take 30 minutes.
        Assert.Equal(TimeSpan.FromMinutes(30), RunEta.Remaining(_start, 25, 100, _start.AddMinutes(10)));
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(100, 100)]
    public void There_is_no_estimate_before_the_first_prompt_or_after_the_last(int processed, int total) =>
        Assert.Null(RunEta.Remaining(_start, processed, total, _start.AddMinutes(10)));

    [Fact]
    public void A_run_that_never_started_has_no_estimate() => Assert.Null(RunEta.Remaining(null, 5, 10, _start));

    [Theory]
    [InlineData(30, "30 s")]
    [InlineData(150, "3 min")]
    [InlineData(12_000, "3 h 20 min")]
    [InlineData(59.7, "1 min")]
    [InlineData(3_500, "58 min")]
    [InlineData(3_590, "1 h 0 min")]
    [InlineData(190_000, "2 d 5 h")]
    public void Durations_read_in_the_largest_units(double seconds, string text) =>
        Assert.Equal(text, RunEta.Format(TimeSpan.FromSeconds(seconds)));
}
