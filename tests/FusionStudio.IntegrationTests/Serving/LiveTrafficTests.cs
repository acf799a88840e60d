using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FusionStudio.Domain.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.IntegrationTests.Serving;

/// <summary>Served requests are prompts of their recipe version's live run, exported like any run's; a recipe can keep none.</summary>
public sealed class LiveTrafficTests(ServingHost host) : IClassFixture<ServingHost>
{
    [Fact]
    public async Task A_served_request_is_a_prompt_of_the_live_run_and_is_exported_as_sft_data()
    {
        var recipe = await host.RecipeAsync(["sim-concise", "sim-stepwise"]);
        var client = host.Client(await host.TokenAsync());
        var response = await client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, "How do vaccines train the immune system?"));
        var answer = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString();
        await ServedTrafficReader.ServedAsync(host.App, recipe);
        var runId = await ServedTrafficReader.LiveRunIdAsync(host.App, recipe);

        await using (var db = host.App.CreateDbContext())
        {
            var run = await db.Runs.AsNoTracking().SingleAsync(r => r.Id == runId);
            Assert.Equal((RunSource.Live, RunStatus.Running, 1, 1), (run.Source, run.Status, run.Counters.PromptCount, run.Counters.PromptsDone));
            var prompt = await db.RunPrompts.AsNoTracking().SingleAsync(p => p.RunId == runId);
            Assert.Equal(PromptStage.Done, prompt.Stage);
            Assert.Equal(2, await db.Candidates.CountAsync(c => c.RunId == runId && c.PromptId == prompt.PromptId && c.Text != null));
            Assert.Equal(3, await db.ModelCalls.CountAsync(c => c.RunId == runId && c.PromptId == prompt.PromptId && c.Request != null));
            // Served prompts have no language tag: their answers are stored checked, and never flagged.
            Assert.Equal(2, await db.Candidates.CountAsync(c => c.RunId == runId && c.WrongLanguage == false));
            var answerFlags = await db.Aggregates.Where(a => a.RunId == runId).Select(a => a.WrongLanguage).ToListAsync();
            Assert.NotEmpty(answerFlags);
            Assert.All(answerFlags, wrong => Assert.False(wrong));
        }

        var export = await client.GetAsync($"api/v1/runs/{runId}/export?kind=sft&answer=fusion");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var line = Assert.Single((await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var messages = JsonDocument.Parse(line).RootElement.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal("How do vaccines train the immune system?", messages.First(m => m.GetProperty("role").GetString() == "user").GetProperty("content").GetString());
        Assert.Equal(answer, messages.Last().GetProperty("content").GetString());
    }

    [Fact]
    public async Task A_recipe_that_stores_no_traffic_keeps_only_its_calls_usage()
    {
        var recipe = await host.RecipeAsync(["sim-concise", "sim-stepwise"], r => r.StoreTraffic = false);
        var client = host.Client(await host.TokenAsync());

        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, "A private question?"))).StatusCode);

        var served = Assert.Single(await ServedTrafficReader.ServedAsync(host.App, recipe));
        Assert.Null(served.PromptId);
        await using var db = host.App.CreateDbContext();
        Assert.Equal(0, await db.RunPrompts.CountAsync(p => p.RunId == served.RunId));
        var calls = await db.ModelCalls.AsNoTracking().Where(c => c.RunId == served.RunId).ToListAsync();
        Assert.Equal(3, calls.Count);
        Assert.All(calls, c => Assert.True(c.Request is null && c.Response is null && c.Usage.Cost > 0));
    }
}
