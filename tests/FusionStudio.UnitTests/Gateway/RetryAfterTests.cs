using FusionStudio.Engine.Gateway;

namespace FusionStudio.UnitTests.Gateway;

public sealed class RetryAfterTests
{
    private static readonly DateTimeOffset s_now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("1", 1_000)]
    [InlineData("0", 0)]
    [InlineData(" 30 ", 30_000)]
    [InlineData("1.5", 1_500)]
    public void Seconds(string header, int expectedMs)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), RetryAfter.Parse(null, header, s_now));
    }

    [Fact]
    public void Http_date_is_the_wait_until_then()
    {
        Assert.Equal(TimeSpan.FromSeconds(90), RetryAfter.Parse(null, "Sat, 01 Mar 2025 12:01:30 GMT", s_now));
    }

    [Fact]
    public void Http_date_in_the_past_means_no_wait()
    {
        Assert.Equal(TimeSpan.Zero, RetryAfter.Parse(null, "Sat, 01 Mar 2025 11:59:00 GMT", s_now));
    }

    [Fact]
    public void Milliseconds_header_wins_over_seconds()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(250), RetryAfter.Parse("250", "3", s_now));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(null, "")]
    [InlineData(null, "soon")]
    [InlineData("-5", "-1")]
    [InlineData("NaN", null)]
    public void Nothing_usable_means_no_retry_after(string? milliseconds, string? seconds)
    {
        Assert.Null(RetryAfter.Parse(milliseconds, seconds, s_now));
    }

    [Fact]
    public void Unparsable_milliseconds_fall_back_to_seconds()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), RetryAfter.Parse("later", "2", s_now));
    }

    [Fact]
    public void An_exception_without_a_response_asks_for_nothing()
    {
        Assert.Null(RetryAfter.From(new HttpRequestException("refused"), s_now));
        Assert.Null(RetryAfter.From(null, s_now));
    }
}
