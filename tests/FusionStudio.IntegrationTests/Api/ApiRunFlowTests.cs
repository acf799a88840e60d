using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FusionStudio.Testing;

namespace FusionStudio.IntegrationTests.Api;

/// <summary>A script's whole journey: find the demo dataset, create and start a run, poll it to the end, export it.</summary>
public sealed class ApiRunFlowTests(DemoApiHostFixture fixture) : IClassFixture<DemoApiHostFixture>
{
    private ApiHost Host => fixture.Host;

    [Fact]
    public async Task A_run_created_and_started_over_the_api_completes_and_exports()
    {
        var client = await Host.WithNewTokenAsync(ApiHost.MemberEmail);
        var datasets = await client.GetFromJsonAsync<JsonElement>("/api/v1/datasets");
        var dataset = datasets.GetProperty("items").EnumerateArray().Single();
        var promptCount = dataset.GetProperty("promptCount").GetInt32();

        var response = await client.PostAsJsonAsync("/api/v1/runs", new
        {
            name = "API run",
            datasetId = dataset.GetProperty("id").GetInt32(),
            methods = new[] { "BestOfN", "FusionOfN" },
            pairs = new[] { new { a = "FusionOfN", b = "BestOfN" } },
            seed = 42,
            start = true,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var runId = created.GetProperty("id").GetInt32();
        Assert.Equal(["BestOfN", "FusionOfN"], created.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(42, created.GetProperty("seed").GetInt32());

        var finished = await Eventually.ValueAsync(async () =>
        {
            var run = await client.GetFromJsonAsync<JsonElement>($"/api/v1/runs/{runId}");
            return run.GetProperty("status").GetString() is "Completed" or "CompletedWithFailures" or "Cancelled" ? run.ToString() : null;
        }, TimeSpan.FromSeconds(120));

        var detail = JsonDocument.Parse(finished).RootElement;
        Assert.Equal("Completed", detail.GetProperty("status").GetString());
        var counters = detail.GetProperty("counters");
        Assert.Equal(promptCount, counters.GetProperty("promptCount").GetInt32());
        Assert.Equal(promptCount, counters.GetProperty("done").GetInt32());
        Assert.Equal(0, counters.GetProperty("failed").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, detail.GetProperty("finishedAt").ValueKind);
        Assert.Equal("FusionOfN", detail.GetProperty("pairs")[0].GetProperty("a").GetString());

        var completed = await client.GetFromJsonAsync<JsonElement>("/api/v1/runs?status=completed");
        Assert.Contains(completed.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetInt32() == runId);

        var export = await client.GetAsync($"/api/v1/runs/{runId}/export?kind=sft&format=jsonl&answer=fusion");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var lines = (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(promptCount, lines.Length);
        Assert.All(lines, line => JsonDocument.Parse(line).Dispose());
    }

    [Fact]
    public async Task An_export_with_bad_parameters_is_a_validation_problem()
    {
        var client = await Host.WithNewTokenAsync(ApiHost.ViewerEmail);
        var runs = await client.GetFromJsonAsync<JsonElement>("/api/v1/runs");
        var runId = runs.GetProperty("items")[0].GetProperty("id").GetInt32();

        var problem = await ProblemAssert.IsProblemAsync(await client.GetAsync($"/api/v1/runs/{runId}/export?kind=everything"), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("kind", out _));
        await ProblemAssert.IsProblemAsync(await client.GetAsync("/api/v1/runs?status=sleeping"), HttpStatusCode.BadRequest);
    }
}
