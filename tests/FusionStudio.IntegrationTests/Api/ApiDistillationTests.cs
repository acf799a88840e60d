using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FusionStudio.Testing;

namespace FusionStudio.IntegrationTests.Api;

public sealed class ApiDistillationTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private ApiHost Host => fixture.Host;

    [Fact]
    public async Task The_real_routing_logs_export_their_top_k_answers_per_query_and_the_reference_answer()
    {
        var client = await Host.WithNewTokenAsync(ApiHost.MemberEmail);
        var upload = new MultipartFormDataContent
        {
            { new StringContent(await File.ReadAllTextAsync(RoutingLogSample.FilePath)), "file", RoutingLogSample.FileName },
            { new StringContent(JsonSerializer.Serialize(RoutingLogSample.ReadmePrices)), "prices" },
        };
        var imported = await client.PostAsync("/api/v1/logs", upload);
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var runId = (await imported.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetInt32();

        var response = await client.GetAsync($"/api/v1/runs/{runId}/export?kind=distillation&k=3&reference=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"run-{runId}-distillation-top3-reference", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var rows = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
        var expected = File.ReadLines(RoutingLogSample.FilePath).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();
        // The import keeps the file's order: a prompt's ordinal is its line.
        var byQuery = rows.GroupBy(r => Metadata(r).GetProperty("ordinal").GetInt32()).ToDictionary(g => g.Key, g => g.ToList());
        var answered = 0;
        foreach (var (query, ordinal) in expected.Select((q, i) => (q, i)))
        {
            var scores = query.GetProperty("model_performance").EnumerateObject().Select(m => m.Value.GetProperty("task_performance").GetDouble()).ToList();
            var solvedBy = scores.Count(s => s > 0);
            var own = byQuery[ordinal];
            var answers = own.Where(r => Metadata(r).GetProperty("source").GetString() == "candidate").ToList();

            // At most K, none scored 0, best first, the best being the query's best score; then the reference.
            Assert.Equal(Math.Min(3, solvedBy), answers.Count);
            var performance = answers.Select(r => Metadata(r).GetProperty("performance").GetDouble()).ToList();
            Assert.All(performance, p => Assert.True(p > 0));
            Assert.Equal(performance.OrderDescending(), performance);
            Assert.Equal(Enumerable.Range(1, answers.Count), answers.Select(r => Metadata(r).GetProperty("rank").GetInt32()));
            if (answers.Count > 0)
            {
                Assert.Equal(scores.Max(), performance[0]);
                answered++;
            }

            var reference = Assert.Single(own, r => Metadata(r).GetProperty("source").GetString() == "reference");
            Assert.Equal("reference", Metadata(own[^1]).GetProperty("source").GetString());
            Assert.Equal(query.GetProperty("ground_truth").GetString(), reference.GetProperty("messages")[1].GetProperty("content").GetString());
            Assert.Equal("assistant", reference.GetProperty("messages")[1].GetProperty("role").GetString());
        }

        Assert.True(answered > RoutingLogSample.Queries / 2);
        Assert.Equal(RoutingLogSample.Queries, byQuery.Count);
        var bad = await client.GetAsync($"/api/v1/runs/{runId}/export?kind=distillation&k=50");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("from 1 to 20", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static JsonElement Metadata(JsonElement row) => row.GetProperty("metadata");
}
