using FusionStudio.Engine.Gateway;
using FusionStudio.FakeOpenAi.Faults;

namespace FusionStudio.IntegrationTests.Gateway;

public sealed class GatewayTimeoutTests : GatewayTest
{
    [Fact]
    public async Task Attempt_that_outlasts_the_timeout_is_aborted_and_the_call_fails_as_timeout()
    {
        Settings.MaxRetries = 1;
        var provider = Endpoint() with { Timeout = TimeSpan.FromSeconds(1) };
        var gateway = Gateway();
        await WarmUpAsync(gateway, provider);

        var result = await gateway.CompleteAsync(Request("sim-concise#fault=timeout", provider: provider));

        Assert.Equal(FailureKind.Timeout, result.FailureKind);
        Assert.Equal("timed out after 1 s (2 attempts)", result.FailureReason);

        // On a busy machine an attempt can give up before the server even reads it, so not every attempt is logged.
        await UntilAsync(() => Requests.Any(record => record is { Aborted: true, Fault: FaultKind.Timeout }));
    }

    [Fact]
    public async Task Gateway_attempt_timeout_can_shorten_the_providers()
    {
        Settings.MaxRetries = 0;
        Settings.AttemptTimeout = TimeSpan.FromMilliseconds(200);

        var result = await Gateway().CompleteAsync(Request("sim-concise#latency=20000"));

        Assert.Equal((FailureKind.Timeout, "timed out after 200 ms"), (result.FailureKind!.Value, result.FailureReason));
    }

    [Fact]
    public async Task Caller_cancellation_aborts_the_request_in_flight()
    {
        var gateway = Gateway();
        await WarmUpAsync(gateway);
        var aborted = NextRecordAsync(record => record.Aborted);

        // Long enough for the request to reach the server even on a busy machine, far shorter than its latency.
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => gateway.CompleteAsync(Request("sim-concise#latency=20000"), cancel.Token));

        var record = await aborted;
        Assert.Equal(499, record.StatusCode);
        Assert.Single(Requests);
    }

    [Fact]
    public async Task Caller_cancellation_ends_a_backoff_wait()
    {
        Settings.MaxDelay = TimeSpan.FromMinutes(1);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));

        var call = Gateway().CompleteAsync(Request("sim-concise#fault=429#retry-after=30"), cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(Patience));
        Assert.Single(Requests);
    }
}
