using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FusionStudio.Web.Security.ApiTokens;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Serving;

/// <summary>Who may call the endpoint, and the errors a bad request gets, all in OpenAI's error shape.</summary>
public sealed class ServingAccessTests(ServingHost host) : IClassFixture<ServingHost>
{
    [Fact]
    public async Task A_viewers_token_is_refused_because_answering_spends_money()
    {
        var recipe = await host.RecipeAsync(["sim-concise"]);
        var client = host.Client(await host.TokenAsync(ServingHost.ViewerEmail));

        var response = await client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, "Hello?"));

        var error = await ServingAssert.IsOpenAiErrorAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal("permission_error", error.GetProperty("type").GetString());
        Assert.DoesNotContain(host.Models.RequestLog.Snapshot(), r => r.Messages.Any(m => m.Content.Contains("Hello?", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_revoked_token_and_no_token_are_refused_with_401()
    {
        var recipe = await host.RecipeAsync(["sim-concise"]);
        var token = await host.TokenAsync();
        var store = host.App.Services.GetRequiredService<ApiTokenStore>();
        var item = (await store.ListAsync(host.UserIds[ServingHost.MemberEmail])).Single(t => token.StartsWith(t.Prefix, StringComparison.Ordinal));
        Assert.True(await store.RevokeAsync(host.UserIds[ServingHost.MemberEmail], item.Id));

        var revoked = await host.Client(token).PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, "Hello?"));
        var anonymous = await host.Client(null).PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, "Hello?"));

        var error = await ServingAssert.IsOpenAiErrorAsync(revoked, HttpStatusCode.Unauthorized);
        Assert.Contains("revoked", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        await ServingAssert.IsOpenAiErrorAsync(anonymous, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_serving_only_token_lists_and_calls_recipes_but_not_the_rest_of_the_api()
    {
        var recipe = await host.RecipeAsync(["sim-concise"], r => r.Kind = Domain.Recipes.RecipeKind.Single);
        var client = host.Client(await host.TokenAsync(servingOnly: true));

        var models = await client.GetFromJsonAsync<JsonElement>("v1/models");
        var answer = await client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, "Hello?"));
        var api = await client.GetAsync("api/v1/me");

        Assert.Contains(models.GetProperty("data").EnumerateArray(), m => m.GetProperty("id").GetString() == recipe);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Bad_requests_name_the_field_at_fault()
    {
        var recipe = await host.RecipeAsync(["sim-concise"]);
        var client = host.Client(await host.TokenAsync());

        var unknown = await ServingAssert.IsOpenAiErrorAsync(
            await client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat("no-such-recipe", "Hi?")), HttpStatusCode.NotFound);
        var noMessages = await ServingAssert.IsOpenAiErrorAsync(
            await client.PostAsJsonAsync("v1/chat/completions", new { model = recipe, messages = Array.Empty<object>() }), HttpStatusCode.BadRequest);
        var badRole = await ServingAssert.IsOpenAiErrorAsync(
            await client.PostAsJsonAsync("v1/chat/completions", new { model = recipe, messages = new[] { new { role = "tool", content = "x" } } }), HttpStatusCode.BadRequest);
        var notJson = await ServingAssert.IsOpenAiErrorAsync(
            await client.PostAsync("v1/chat/completions", new StringContent("{nope", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest);

        Assert.Equal(("model", "model_not_found"), (unknown.GetProperty("param").GetString(), unknown.GetProperty("code").GetString()));
        Assert.Equal("messages", noMessages.GetProperty("param").GetString());
        Assert.Equal("messages[0].role", badRole.GetProperty("param").GetString());
        Assert.Equal("invalid_request_error", notJson.GetProperty("type").GetString());
    }
}
