using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FusionStudio.Testing;

namespace FusionStudio.IntegrationTests.Api;

public sealed class ApiRoutingTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private ApiHost Host => fixture.Host;

    [Fact]
    public async Task A_pipeline_imports_logs_trains_a_router_reads_its_evaluation_and_tests_it_on_another_set()
    {
        var client = await Host.WithNewTokenAsync(ApiHost.MemberEmail);

        var imported = await client.PostAsync("/api/v1/logs", SampleUpload("nightly"));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var logSet = await imported.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((RoutingLogSample.Queries, RoutingLogSample.Models, "ImportedLog"),
            (logSet.GetProperty("queries").GetInt32(), logSet.GetProperty("models").GetArrayLength(), logSet.GetProperty("source").GetString()));
        var runId = logSet.GetProperty("runId").GetInt32();
        var sets = await client.GetFromJsonAsync<JsonElement>("/api/v1/logs");
        Assert.Contains(sets.EnumerateArray(), s => s.GetProperty("runId").GetInt32() == runId && s.GetProperty("name").GetString() == "nightly");

        var trained = await client.PostAsJsonAsync("/api/v1/routers", new
        {
            name = "nightly-router",
            sourceRunIds = new[] { runId },
            algorithm = "TaskBest",
            signal = "ImportedScore",
            alpha = 0.5,
            beta = 0.5,
            folds = 5,
        });
        Assert.Equal(HttpStatusCode.Created, trained.StatusCode);
        var router = await trained.Content.ReadFromJsonAsync<JsonElement>();
        var id = router.GetProperty("router").GetProperty("id").GetInt32();
        Assert.Equal(1, router.GetProperty("router").GetProperty("version").GetInt32());

        var read = await client.GetFromJsonAsync<JsonElement>(trained.Headers.Location!.OriginalString);
        var evaluation = read.GetProperty("evaluation");
        Assert.Equal(["Performance first", "Balance", "Cost first"], evaluation.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("scenario").GetProperty("name").GetString()));
        var rows = evaluation.GetProperty("scenarios")[0].GetProperty("rows");
        Assert.Equal(1 + RoutingLogSample.Models + 2, rows.GetArrayLength());
        Assert.Equal("Oracle", rows[rows.GetArrayLength() - 1].GetProperty("kind").GetString());
        Assert.Equal(0.7726, rows[rows.GetArrayLength() - 1].GetProperty("performance").GetDouble(), 4);
        Assert.Equal(RoutingLogSample.Tasks, evaluation.GetProperty("scenarios")[0].GetProperty("tasks").GetArrayLength());
        Assert.True(evaluation.GetProperty("curve").GetArrayLength() > 10);
        var balance = read.GetProperty("router").GetProperty("reward").GetDouble();
        Assert.Equal(evaluation.GetProperty("scenarios")[1].GetProperty("rows")[0].GetProperty("reward").GetDouble(), balance);

        var listed = await client.GetFromJsonAsync<JsonElement>("/api/v1/routers");
        Assert.Contains(listed.EnumerateArray(), r => r.GetProperty("id").GetInt32() == id);

        var otherSet = (await (await client.PostAsync("/api/v1/logs", SampleUpload("tomorrow"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetInt32();
        var tested = await client.PostAsJsonAsync($"/api/v1/routers/{id}/evaluations", new { runIds = new[] { otherSet } });
        Assert.Equal(HttpStatusCode.OK, tested.StatusCode);
        var testedEvaluation = await tested.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(RoutingLogSample.Queries, testedEvaluation.GetProperty("queries").GetInt32());
        Assert.StartsWith("trained on other logs", testedEvaluation.GetProperty("method").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_training_requests_get_problem_details_by_field()
    {
        var client = await Host.WithNewTokenAsync(ApiHost.MemberEmail);

        var response = await client.PostAsJsonAsync("/api/v1/routers", new { name = "", sourceRunIds = Array.Empty<int>(), alpha = 2.0, beta = 0.0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("sourceRunIds", out _));
        Assert.Contains("between 0 and 1", errors.GetProperty("alpha")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/routers/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/v1/routers/987654/evaluations", new { runIds = new[] { 1 } })).StatusCode);
    }

    [Fact]
    public async Task A_nested_log_with_a_bad_record_is_refused_by_line_and_field_and_viewers_cannot_import()
    {
        var member = await Host.WithNewTokenAsync(ApiHost.MemberEmail);
        var viewer = await Host.WithNewTokenAsync(ApiHost.ViewerEmail);
        const string Bad = """{"task_name": "gsm8k", "query": "1+1?", "model_performance": {"a": {"response": "2", "task_performance": "high"}}}""";

        var refused = await member.PostAsync("/api/v1/logs", Upload("bad.jsonl", Bad, null));
        var forbidden = await viewer.PostAsync("/api/v1/logs", SampleUpload("viewer"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("must be a number", errors.GetProperty("line 1: model_performance.a.score")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    private static MultipartFormDataContent SampleUpload(string name) =>
        Upload(RoutingLogSample.FileName, File.ReadAllText(RoutingLogSample.FilePath), name, JsonSerializer.Serialize(RoutingLogSample.ReadmePrices));

    private static MultipartFormDataContent Upload(string fileName, string content, string? name, string? prices = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(content), "file", fileName } };
        if (name is not null)
        {
            form.Add(new StringContent(name), "name");
        }

        if (prices is not null)
        {
            form.Add(new StringContent(prices), "prices");
        }

        return form;
    }
}
