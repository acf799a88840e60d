using FusionStudio.Web.Runs;

namespace FusionStudio.UnitTests.RunPages;

public sealed class ErrorReasonTests
{
    [Theory]
    [InlineData("HTTP 429 rate limited after 5 attempts", "HTTP 429 rate limited after # attempts")]
    [InlineData("HTTP 503 server error after 12 attempts", "HTTP 503 server error after # attempts")]
    [InlineData("timed out after 2.5 s (3 attempts)", "timed out after # s (# attempts)")]
    [InlineData("HTTP 404 bad request: The model `sim-x2` does not exist", "HTTP 404 bad request: The model `sim-x2` does not exist")]
    [InlineData("request 3f2a9c1e4b5d6e7f8a9b0c1d failed\nstack trace", "request # failed")]
    [InlineData("  ", "Unknown error")]
    public void Numbers_and_ids_are_left_out_of_the_reason(string error, string reason) =>
        Assert.Equal(reason, ErrorReason.Normalise(error));

    [Fact]
    public void Long_reasons_are_cut()
    {
        var reason = ErrorReason.Normalise(new string('x', 500));

        Assert.Equal(161, reason.Length);
        Assert.EndsWith("…", reason, StringComparison.Ordinal);
    }
}
