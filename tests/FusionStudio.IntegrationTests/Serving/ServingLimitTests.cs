using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FusionStudio.Domain.Recipes;
using FusionStudio.Testing;
using FusionStudio.Web.Serving;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Serving;

/// <summary>How a recipe answers when teachers fail or are slow, and when it is over its budget or its concurrency.</summary>
public sealed class ServingLimitTests(ServingHost host) : IClassFixture<ServingHost>
{
    [Fact]
    public async Task A_teacher_that_misses_the_deadline_is_left_out_and_the_rest_are_fused()
    {
        var recipe = await host.RecipeAsync(["sim-concise", "sim-stepwise", "sim-detailed#latency=8000"], r =>
        {
            r.CallTimeoutSeconds = 2;
            r.RequestTimeoutSeconds = 5;
        });
        var client = host.Client(await host.TokenAsync());

        var response = await client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, "Why do cats purr?", details: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var details = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fusionstudio");
        Assert.True(details.GetProperty("fused").GetBoolean());
        Assert.Equal(JsonValueKind.Null, details.GetProperty("fallback").ValueKind);
        var candidates = details.GetProperty("candidates").EnumerateArray().ToList();
        Assert.Equal([true, true, false], candidates.Select(c => c.GetProperty("succeeded").GetBoolean()));
        Assert.Equal([true, true, false], candidates.Select(c => c.GetProperty("fused").GetBoolean()));
        Assert.Contains("deadline", candidates[2].GetProperty("error").GetString(), StringComparison.Ordinal);
        var served = Assert.Single(await ServedTrafficReader.ServedAsync(host.App, recipe));
        Assert.Equal(ServedOutcome.Answered, served.Outcome);
    }

    [Fact]
    public async Task When_every_teacher_fails_the_fusors_model_answers_alone_and_the_answer_is_marked()
    {
        var recipe = await host.RecipeAsync(["sim-concise#fault=500", "sim-stepwise#fault=500"], r =>
        {
            r.CallTimeoutSeconds = 1;
            r.RequestTimeoutSeconds = 3;
        });
        var client = host.Client(await host.TokenAsync());

        var response = await client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, "Name three rivers.", details: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString()));
        var details = body.GetProperty("fusionstudio");
        Assert.False(details.GetProperty("fused").GetBoolean());
        Assert.Contains("No teacher answered", details.GetProperty("fallback").GetString(), StringComparison.Ordinal);
        Assert.All(details.GetProperty("candidates").EnumerateArray(), c => Assert.False(c.GetProperty("succeeded").GetBoolean()));
        var served = Assert.Single(await ServedTrafficReader.ServedAsync(host.App, recipe));
        Assert.Equal(ServedOutcome.Fallback, served.Outcome);
        Assert.NotNull(served.Reason);
    }

    [Fact]
    public async Task Fewer_candidates_than_the_minimum_return_the_best_one_as_it_is_marked_as_fallback()
    {
        var recipe = await host.RecipeAsync(["sim-concise", "sim-stepwise#fault=500", "sim-detailed#fault=500"], r =>
        {
            r.MinCandidates = 2;
            r.CallTimeoutSeconds = 1;
            r.RequestTimeoutSeconds = 3;
        });
        var client = host.Client(await host.TokenAsync());

        var response = await client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, "What is a prime number?", details: true));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var details = body.GetProperty("fusionstudio");
        Assert.Contains("Only 1 of 3", details.GetProperty("fallback").GetString(), StringComparison.Ordinal);
        var chosen = details.GetProperty("candidates")[0];
        Assert.True(chosen.GetProperty("chosen").GetBoolean());
        Assert.Equal(chosen.GetProperty("text").GetString(), body.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString());
        Assert.DoesNotContain(host.Models.RequestLog.Snapshot(), r => r.BaseModel == "fusor" && r.Messages.Any(m => m.Content.Contains("What is a prime number?", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_recipe_over_its_daily_budget_answers_429_with_retry_after()
    {
        var recipe = await host.RecipeAsync(["sim-concise", "sim-stepwise"], r => r.DailyBudget = 0.000001m);
        var client = host.Client(await host.TokenAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, "First question?"))).StatusCode);
        await ServedTrafficReader.ServedAsync(host.App, recipe);

        var response = await client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, "Second question?"));

        var error = await ServingAssert.IsOpenAiErrorAsync(response, HttpStatusCode.TooManyRequests);
        Assert.Equal("budget_exceeded", error.GetProperty("code").GetString());
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.True(response.Headers.RetryAfter?.Delta <= TimeSpan.FromDays(1));
    }

    [Fact]
    public async Task A_recipe_at_its_concurrency_limit_turns_the_next_request_away_with_429()
    {
        var slow = "sim-concise#latency=2417";
        var recipe = await host.RecipeAsync([slow, "sim-stepwise"], r => r.MaxConcurrentRequests = 1);
        var client = host.Client(await host.TokenAsync());
        var first = client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, "Slow question?"));
        var gate = host.App.Services.GetRequiredService<RecipeGate>();
        await Eventually.TrueAsync(() => Task.FromResult(gate.InFlight().GetValueOrDefault(recipe) == 1));


        var second = await client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, "Impatient question?"));

        var error = await ServingAssert.IsOpenAiErrorAsync(second, HttpStatusCode.TooManyRequests);
        Assert.Equal("concurrency_limit_exceeded", error.GetProperty("code").GetString());
        Assert.Equal(TimeSpan.FromSeconds(1), second.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, "Patient question?"))).StatusCode);
    }
}
