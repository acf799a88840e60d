using FusionStudio.Engine.Gateway;
using FusionStudio.FakeOpenAi.Faults;

namespace FusionStudio.IntegrationTests.Gateway;

public sealed class GatewayRetryTests : GatewayTest
{
    [Fact]
    public async Task Rate_limit_twice_then_answers_after_waiting_what_retry_after_says()
    {
        var result = await Gateway().CompleteAsync(Request("sim-concise#fault=429:2#retry-after=1"));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(3, result.Attempts);
        var requests = Requests;
        Assert.Equal([429, 429, 200], requests.Select(record => record.StatusCode));

        // The server's own arrival times: the backoff alone would have been milliseconds.
        for (var i = 1; i < requests.Count; i++)
        {
            Assert.True(requests[i].ReceivedAt - requests[i - 1].ReceivedAt >= TimeSpan.FromMilliseconds(950),
                $"Request {i + 1} came {(requests[i].ReceivedAt - requests[i - 1].ReceivedAt).TotalMilliseconds} ms after the one before.");
        }
    }

    [Fact]
    public async Task Retry_after_longer_than_the_max_delay_is_capped()
    {
        Settings.MaxDelay = TimeSpan.FromMilliseconds(200);

        var result = await Gateway().CompleteAsync(Request("sim-concise#fault=429:1#retry-after=30"));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.InRange(Requests[1].ReceivedAt - Requests[0].ReceivedAt, TimeSpan.FromMilliseconds(150), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Rate_limit_on_every_attempt_fails_as_rate_limited()
    {
        Settings.MaxRetries = 2;

        var result = await Gateway().CompleteAsync(Request("sim-concise#fault=429#retry-after=0"));

        Assert.Equal(FailureKind.RateLimited, result.FailureKind);
        Assert.Equal("HTTP 429 rate limited after 3 attempts", result.FailureReason);
    }

    [Fact]
    public async Task Server_error_twice_then_answers()
    {
        var result = await Gateway().CompleteAsync(Request("sim-concise#fault=500:2"));

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(Expected("sim-concise").Text, result.Text);
        Assert.Equal([500, 500, 200], Requests.Select(record => record.StatusCode));
    }

    [Fact]
    public async Task Permanent_server_error_fails_after_the_last_attempt()
    {
        Settings.MaxRetries = 4;
        var result = await Gateway().CompleteAsync(Request("sim-concise#fault=500"));

        Assert.Equal(FailureKind.ServerError, result.FailureKind);
        Assert.Equal(Settings.MaxRetries + 1, result.Attempts);
        Assert.Equal(Settings.MaxRetries + 1, Requests.Count);
        Assert.Equal("HTTP 500 server error after 5 attempts", result.FailureReason);
        Assert.Null(result.Text);
    }

    [Fact]
    public async Task Empty_answer_is_retried_a_limited_number_of_times()
    {
        var result = await Gateway().CompleteAsync(Request("sim-concise#fault=empty"));

        Assert.Equal(FailureKind.EmptyAnswer, result.FailureKind);
        Assert.Equal(Settings.MaxContentRetries + 1, Requests.Count);
        Assert.Equal($"empty answer after {Settings.MaxContentRetries + 1} attempts", result.FailureReason);
    }

    [Fact]
    public async Task Empty_answer_once_then_answers()
    {
        var result = await Gateway().CompleteAsync(Request("sim-concise#fault=empty:1"));

        Assert.Equal((true, 2), (result.Succeeded, result.Attempts));
    }

    [Fact]
    public async Task Malformed_response_fails_as_malformed_after_limited_retries()
    {
        var result = await Gateway().CompleteAsync(Request("sim-concise#fault=malformed"));

        Assert.Equal(FailureKind.MalformedResponse, result.FailureKind);
        Assert.Equal(Settings.MaxContentRetries + 1, result.Attempts);
    }

    [Fact]
    public async Task Server_wide_fault_on_the_first_request_is_retried()
    {
        Server.Configure(options => options with { Fault = FaultRule.FirstRequests(FaultKind.ServerError, 1) });

        var result = await Gateway().CompleteAsync(Request("sim-stepwise"));

        Assert.Equal((true, 2), (result.Succeeded, result.Attempts));
    }

    [Fact]
    public async Task A_server_that_keeps_failing_is_retried_until_the_time_budget_is_spent()
    {
        Settings.RetryBudget = TimeSpan.FromMilliseconds(400);
        Settings.MaxDelay = TimeSpan.FromMilliseconds(50);

        var result = await Gateway().CompleteAsync(Request("sim-concise#fault=500"));

        Assert.Equal(FailureKind.ServerError, result.FailureKind);
        Assert.True(result.Attempts > 3, $"{result.Attempts} attempts within a budget that allows many.");
        Assert.Equal(result.Attempts, Requests.Count);
    }
}
