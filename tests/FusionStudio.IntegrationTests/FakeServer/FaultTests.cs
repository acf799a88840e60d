using System.ClientModel;
using System.Net;
using System.Text.Json;
using FusionStudio.Domain.Prompts;
using FusionStudio.FakeOpenAi;
using FusionStudio.FakeOpenAi.Faults;
using FusionStudio.Simulation;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace FusionStudio.IntegrationTests.FakeServer;

public sealed class FaultTests : FakeServerTest
{
    [Fact]
    public async Task Rate_limit_reaches_the_caller_as_429()
    {
        Server.Configure(options => options with { Fault = FaultRule.Always(FaultKind.RateLimit) });

        var exception = await Assert.ThrowsAsync<HttpOperationException>(() => Connector("sim-concise").GetChatMessageContentAsync(Chat()));

        Assert.Equal(HttpStatusCode.TooManyRequests, exception.StatusCode);
        Assert.Contains("rate_limit_exceeded", exception.ResponseContent);
    }

    [Fact]
    public async Task Retry_after_header_reaches_the_caller()
    {
        var exception = await Assert.ThrowsAsync<HttpOperationException>(
            () => Connector("sim-concise#fault=429#retry-after=7").GetChatMessageContentAsync(Chat()));

        var response = Assert.IsType<ClientResultException>(exception.InnerException).GetRawResponse();
        Assert.True(response!.Headers.TryGetValue("Retry-After", out var retryAfter));
        Assert.Equal("7", retryAfter);
    }

    [Fact]
    public async Task Server_error_reaches_the_caller_as_500()
    {
        var exception = await Assert.ThrowsAsync<HttpOperationException>(
            () => Connector("sim-concise#fault=500").GetChatMessageContentAsync(Chat()));

        Assert.Equal(HttpStatusCode.InternalServerError, exception.StatusCode);
    }

    [Fact]
    public async Task Timeout_fault_times_the_call_out_and_the_hold_ends_when_the_client_gives_up()
    {
        var abandoned = NextRecordAsync(record => record.Aborted);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Connector("sim-concise#fault=timeout", networkTimeout: TimeSpan.FromMilliseconds(300)).GetChatMessageContentAsync(Chat()));

        var record = await abandoned;
        Assert.Equal((FaultKind.Timeout, 499), (record.Fault, record.StatusCode));
    }

    [Fact]
    public async Task Latency_longer_than_the_caller_can_wait_cancels_the_call()
    {
        Server.Configure(options => options with { LatencyMs = 60_000 });
        using var patience = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => Connector("sim-concise").GetChatMessageContentAsync(Chat(), cancellationToken: patience.Token));
    }

    [Fact]
    public async Task Malformed_body_is_an_error_not_an_answer()
    {
        var exception = await Assert.ThrowsAnyAsync<Exception>(() => Connector("sim-concise#fault=malformed").GetChatMessageContentAsync(Chat()));

        Assert.IsAssignableFrom<JsonException>(exception);
    }

    [Fact]
    public async Task Empty_content_reaches_the_caller_as_empty()
    {
        var result = await Connector("sim-concise#fault=empty").GetChatMessageContentAsync(Chat());

        Assert.True(string.IsNullOrEmpty(result.Content));
    }

    [Fact]
    public async Task Server_wide_fault_on_the_first_two_requests_then_answers()
    {
        Server.Configure(options => options with { Fault = FaultRule.FirstRequests(FaultKind.RateLimit, 2) });
        var connector = Connector("sim-stepwise");

        var first = await Assert.ThrowsAsync<HttpOperationException>(() => connector.GetChatMessageContentAsync(Chat()));
        var second = await Assert.ThrowsAsync<HttpOperationException>(() => connector.GetChatMessageContentAsync(Chat()));
        var third = await connector.GetChatMessageContentAsync(Chat());

        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], [first.StatusCode, second.StatusCode]);
        Assert.Equal(Expected("sim-stepwise").Text, third.Content);
        Assert.Equal([429, 429, 200], Server.RequestLog.Snapshot().Select(record => record.StatusCode));
    }

    [Fact]
    public async Task Model_name_directive_fails_the_first_two_requests_of_that_model_only()
    {
        var flaky = Connector("sim-concise#fault=500:2");

        await Assert.ThrowsAsync<HttpOperationException>(() => flaky.GetChatMessageContentAsync(Chat()));
        var healthy = await Connector("sim-detailed").GetChatMessageContentAsync(Chat());
        await Assert.ThrowsAsync<HttpOperationException>(() => flaky.GetChatMessageContentAsync(Chat()));
        var recovered = await flaky.GetChatMessageContentAsync(Chat());

        Assert.Equal(Expected("sim-detailed").Text, healthy.Content);
        Assert.Equal(Expected("sim-concise").Text, recovered.Content);
    }

    [Fact]
    public async Task Per_model_server_fault_counts_each_model_separately()
    {
        Server.Configure(options => options with { Fault = FaultRule.FirstRequests(FaultKind.ServerError, 1) with { PerModel = true } });

        await Assert.ThrowsAsync<HttpOperationException>(() => Connector("sim-concise").GetChatMessageContentAsync(Chat()));
        await Assert.ThrowsAsync<HttpOperationException>(() => Connector("sim-detailed").GetChatMessageContentAsync(Chat()));
        var answer = await Connector("sim-concise").GetChatMessageContentAsync(Chat());

        Assert.Equal(Expected("sim-concise").Text, answer.Content);
    }

    [Fact]
    public async Task Judge_garbage_spoils_only_the_first_judge_requests()
    {
        Server.Configure(options => options with { Fault = FaultRule.FirstRequests(FaultKind.JudgeGarbage, 1) });
        var judge = Connector("judge");
        var judgeRequest = Chat(PromptProtocol.Response("Tides come from the moon's gravity."));

        var chat = await Connector("sim-concise").GetChatMessageContentAsync(Chat());
        var garbage = await judge.GetChatMessageContentAsync(judgeRequest);
        var verdict = await judge.GetChatMessageContentAsync(judgeRequest);

        Assert.Equal(Expected("sim-concise").Text, chat.Content);
        Assert.DoesNotContain("{", garbage.Content);
        var parsed = JsonSerializer.Deserialize(verdict.Content!, SimulationJsonContext.Default.SimulatedPointwiseVerdict);
        Assert.InRange(parsed!.Score, 1, 10);
    }

    [Fact]
    public async Task Probability_faults_repeat_for_the_same_seed()
    {
        async Task<List<int>> RunAsync()
        {
            await using var server = await FakeOpenAiServer.StartAsync(
                options: new() { Fault = FaultRule.WithProbability(FaultKind.ServerError, 0.5), FaultSeed = 42 });
            using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl + "/") };
            var statuses = new List<int>();
            for (var i = 0; i < 20; i++)
            {
                using var response = await http.PostAsync("chat/completions", JsonContent("sim-concise"));
                statuses.Add((int)response.StatusCode);
            }

            return statuses;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains(500, first);
        Assert.Contains(200, first);
    }

    [Fact]
    public async Task Header_fault_applies_to_the_request_that_carries_it()
    {
        using var http = Http();
        using var faulty = new HttpRequestMessage(HttpMethod.Post, "/v1/chat/completions") { Content = JsonContent("sim-concise") };
        faulty.Headers.Add("X-Fake-Fault", "429");
        faulty.Headers.Add("X-Fake-Retry-After", "3");

        using var refused = await http.SendAsync(faulty);
        using var answered = await http.PostAsync("/v1/chat/completions", JsonContent("sim-concise"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("3", refused.Headers.GetValues("Retry-After").Single());
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
    }

    private static StringContent JsonContent(string model) => new(
        $$"""{"model": "{{model}}", "messages": [{"role": "user", "content": "{{Question}}"}]}""",
        System.Text.Encoding.UTF8,
        "application/json");
}
