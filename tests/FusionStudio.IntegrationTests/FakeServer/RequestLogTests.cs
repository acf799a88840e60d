using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FusionStudio.Domain.Prompts;
using FusionStudio.FakeOpenAi.Faults;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.Simulation;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace FusionStudio.IntegrationTests.FakeServer;

public sealed class RequestLogTests : FakeServerTest
{
    [Fact]
    public async Task Each_request_is_recorded_once_with_its_kind()
    {
        await Connector("sim-concise").GetChatMessageContentAsync(Chat());
        await Connector("fusor").GetChatMessageContentAsync(Chat(
            "Fuse them.\n" + PromptProtocol.Candidate(1, "Tides follow the moon.") + "\n" + PromptProtocol.Candidate(2, "The sun matters too.")));
        await Connector("judge").GetChatMessageContentAsync(Chat(PromptProtocol.Response("Tides follow the moon.")));
        await Connector("judge").GetChatMessageContentAsync(Chat(PromptProtocol.ResponsePair("Moon.", "Moon and sun.")));
        using var http = Http();
        (await http.GetAsync("/v1/models")).Dispose();

        var kinds = Server.RequestLog.Snapshot().Select(record => record.Kind);

        Assert.Equal(
            [FakeRequestKind.Chat, FakeRequestKind.Fusion, FakeRequestKind.PointwiseJudge, FakeRequestKind.PairwiseJudge, FakeRequestKind.Models],
            kinds);
        Assert.Equal(5, Server.RequestLog.Count);
    }

    [Fact]
    public async Task Log_is_readable_and_clearable_over_http()
    {
        await Connector("sim-concise#fault=429:1").GetChatMessageContentAsync(Chat()).ContinueWith(_ => { });
        await Connector("judge").GetChatMessageContentAsync(Chat(PromptProtocol.Response("An answer.")));
        using var http = Http();

        using var log = await http.GetFromJsonAsync<JsonDocument>("/_fake/requests");
        using var cleared = await http.DeleteAsync("/_fake/requests");

        var records = log!.RootElement.EnumerateArray().ToList();
        Assert.Equal(["chat", "pointwise-judge"], records.Select(record => record.GetProperty("kind").GetString()));
        Assert.Equal("rate-limit", records[0].GetProperty("fault").GetString());
        Assert.Equal(429, records[0].GetProperty("status_code").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(0, Server.RequestLog.Count);
    }

    [Fact]
    public async Task Server_config_can_be_changed_over_http()
    {
        using var http = Http();

        using var changed = await http.PostAsJsonAsync("/_fake/config", new { latency_ms = 5, fault = "500:1" });
        using var rejected = await http.PostAsJsonAsync("/_fake/config", new { fault = "teapot" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, rejected.StatusCode);
        Assert.Equal(5, Server.Options.LatencyMs);
        Assert.Equal(FaultRule.FirstRequests(FaultKind.ServerError, 1), Server.Options.Fault);
    }

    [Fact]
    public async Task Wrong_api_key_is_refused_with_401_and_the_right_one_accepted()
    {
        Server.Configure(options => options with { RequiredApiKey = "test" });
        using var http = Http();

        using var anonymous = await http.PostAsync("/v1/chat/completions", new StringContent(
            """{"model": "sim-concise", "messages": [{"role": "user", "content": "hi"}]}""", System.Text.Encoding.UTF8, "application/json"));
        var answer = await Connector("sim-concise").GetChatMessageContentAsync(Chat());

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("invalid_api_key", await anonymous.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(answer.Content));
        Assert.Equal([false, true], Server.RequestLog.Snapshot().Select(record => record.HasBearerToken));
    }

    [Fact]
    public async Task Wrong_key_reaches_the_connector_as_401()
    {
        Server.Configure(options => options with { RequiredApiKey = "another-key" });

        var exception = await Assert.ThrowsAsync<HttpOperationException>(() => Connector("sim-concise").GetChatMessageContentAsync(Chat()));

        Assert.Equal(HttpStatusCode.Unauthorized, exception.StatusCode);
    }
}
