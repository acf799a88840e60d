using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace FusionStudio.IntegrationTests.Api;

public sealed class OpenApiDocumentTests(ApiHostFixture fixture) : IClassFixture<ApiHostFixture>
{
    private ApiHost Host => fixture.Host;

    [Fact]
    public async Task The_document_needs_a_token_or_a_login()
    {
        await ProblemAssert.IsProblemAsync(await Host.Anonymous().GetAsync("/openapi/v1.json"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_document_lists_the_endpoints_and_the_bearer_scheme()
    {
        var client = await Host.WithNewTokenAsync(ApiHost.ViewerEmail);

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[]
                 {
                     "/api/v1/me", "/api/v1/datasets", "/api/v1/datasets/{id}", "/api/v1/runs", "/api/v1/runs/{id}",
                     "/api/v1/runs/{id}/start", "/api/v1/runs/{id}/pause", "/api/v1/runs/{id}/resume", "/api/v1/runs/{id}/cancel",
                     "/api/v1/runs/{id}/export",
                 })
        {
            Assert.Contains(path, paths);
        }

        Assert.DoesNotContain(paths, p => !p.StartsWith("/api/", StringComparison.Ordinal));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        Assert.True(document.GetProperty("security")[0].TryGetProperty("Bearer", out _));

        var createRun = document.GetProperty("paths").GetProperty("/api/v1/runs").GetProperty("post");
        Assert.Equal("Create a run", createRun.GetProperty("summary").GetString());
        var responses = createRun.GetProperty("responses");
        Assert.True(responses.TryGetProperty("201", out _));
        Assert.True(responses.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(responses.TryGetProperty("403", out _));
        Assert.True(responses.TryGetProperty("401", out _));
        Assert.True(document.GetProperty("paths").GetProperty("/api/v1/datasets").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
    }
}
