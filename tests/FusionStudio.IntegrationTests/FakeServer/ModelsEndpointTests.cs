using System.Net.Http.Json;
using System.Text.Json;
using FusionStudio.FakeOpenAi;
using Microsoft.SemanticKernel.ChatCompletion;

namespace FusionStudio.IntegrationTests.FakeServer;

public sealed class ModelsEndpointTests : FakeServerTest
{
    [Fact]
    public async Task Lists_the_default_models_in_OpenAI_shape()
    {
        using var http = Http();

        using var list = await http.GetFromJsonAsync<JsonDocument>("/v1/models");

        Assert.Equal("list", list!.RootElement.GetProperty("object").GetString());
        var entries = list.RootElement.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(FakeOpenAiOptions.DefaultModels, entries.Select(entry => entry.GetProperty("id").GetString()));
        Assert.All(entries, entry => Assert.Equal("model", entry.GetProperty("object").GetString()));
    }

    [Fact]
    public async Task Lists_models_requested_so_far_without_their_directives()
    {
        await Connector("teacher-x#latency=1").GetChatMessageContentAsync(Chat());
        using var http = Http();

        using var list = await http.GetFromJsonAsync<JsonDocument>("/v1/models");

        var ids = list!.RootElement.GetProperty("data").EnumerateArray().Select(entry => entry.GetProperty("id").GetString()).ToList();
        Assert.Contains("teacher-x", ids);
        Assert.DoesNotContain("teacher-x#latency=1", ids);
    }
}
