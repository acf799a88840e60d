using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FusionStudio.Domain.Providers;
using FusionStudio.Engine.Embeddings;
using FusionStudio.Testing;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Api;

public sealed class ApiThoughtTests(DemoApiHostFixture fixture) : IClassFixture<DemoApiHostFixture>
{
    private ApiHost Host => fixture.Host;

    [Fact]
    public async Task A_pipeline_builds_a_thought_template_set_from_uploaded_logs_lists_it_and_reads_its_templates()
    {
        var client = await Host.WithNewTokenAsync(ApiHost.MemberEmail);
        var upload = new MultipartFormDataContent
        {
            { new StringContent(await File.ReadAllTextAsync(RoutingLogSample.FilePath)), "file", RoutingLogSample.FileName },
            { new StringContent(JsonSerializer.Serialize(RoutingLogSample.ReadmePrices)), "prices" },
        };
        var runId = (await (await client.PostAsync("/api/v1/logs", upload)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetInt32();
        int summarizerId;
        await using (var db = Host.App.CreateDbContext())
        {
            summarizerId = await db.Teachers.Where(t => t.Provider!.Kind == ProviderKind.Simulated).Select(t => t.Id).FirstAsync();
        }

        var created = await client.PostAsJsonAsync("/api/v1/thought-template-sets",
            new { name = "nightly thoughts", sourceRunIds = new[] { runId }, summarizerTeacherId = summarizerId, embeddingModel = EmbeddingModelKey.BuiltIn });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.OriginalString;
        var body = await Eventually.ValueAsync(
            async () => await client.GetStringAsync(location) is var text && !text.Contains("\"Building\"", StringComparison.Ordinal) ? text : null,
            TimeSpan.FromMinutes(3));
        var set = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Ready", set.GetProperty("status").GetString());
        Assert.Equal(RoutingLogSample.Queries, set.GetProperty("templates").GetInt32());
        Assert.Equal(RoutingLogSample.Queries, set.GetProperty("calls").GetInt32());
        var id = set.GetProperty("id").GetInt32();
        var listed = await client.GetFromJsonAsync<JsonElement>("/api/v1/thought-template-sets");
        Assert.Contains(listed.EnumerateArray(), s => s.GetProperty("id").GetInt32() == id);
        var templates = await client.GetFromJsonAsync<JsonElement>($"/api/v1/thought-template-sets/{id}/templates?skip=10&take=2");
        Assert.Equal(2, templates.GetArrayLength());
        Assert.All(templates.EnumerateArray(), t => Assert.Equal(3, t.GetProperty("sources").GetArrayLength()));
        Assert.All(templates.EnumerateArray(), t => Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("text").GetString())));
    }

    [Fact]
    public async Task Viewers_cannot_build_and_bad_requests_name_their_fields()
    {
        var viewer = await Host.WithNewTokenAsync(ApiHost.ViewerEmail);
        var member = await Host.WithNewTokenAsync(ApiHost.MemberEmail);

        var denied = await viewer.PostAsJsonAsync("/api/v1/thought-template-sets", new { name = "x", sourceRunIds = new[] { 1 } });
        var bad = await member.PostAsJsonAsync("/api/v1/thought-template-sets", new { name = "", sourceRunIds = Array.Empty<int>(), embeddingModel = "nope" });

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["embeddingModel", "name", "sourceRunIds", "summarizerTeacherId"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await viewer.GetAsync("/api/v1/thought-template-sets/987654")).StatusCode);
    }
}
