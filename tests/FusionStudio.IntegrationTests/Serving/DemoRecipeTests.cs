using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FusionStudio.IntegrationTests.Api;
using FusionStudio.Web.Demo;

namespace FusionStudio.IntegrationTests.Serving;

/// <summary>The demo workspace serves a FusioN recipe on the simulated provider, with a serving-only token of its admin.</summary>
public sealed class DemoRecipeTests(DemoApiHostFixture fixture) : IClassFixture<DemoApiHostFixture>
{
    [Fact]
    public async Task The_demo_recipe_answers_with_the_demo_admins_serving_token()
    {
        var host = fixture.Host;
        var demoToken = (await host.Tokens.ListAllAsync()).Single(t => t.Name == "Demo recipe (serving only)");
        var client = await host.WithNewTokenAsync(ApiHost.MemberEmail);

        var models = await client.GetFromJsonAsync<JsonElement>("v1/models");
        var response = await client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(DemoRecipeSeeder.RecipeName, "Why is the sky blue?", details: true));

        Assert.Contains(models.GetProperty("data").EnumerateArray(), m => m.GetProperty("id").GetString() == DemoRecipeSeeder.RecipeName);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()));
        Assert.True(body.GetProperty("fusionstudio").GetProperty("fused").GetBoolean());
        Assert.Equal(4, body.GetProperty("fusionstudio").GetProperty("candidates").GetArrayLength());
        Assert.Equal(Web.Security.ApiTokens.ApiTokenStatus.Active, demoToken.Status);
    }
}
