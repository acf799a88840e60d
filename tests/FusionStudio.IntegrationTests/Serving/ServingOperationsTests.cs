using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using System.Text.Json;
using FusionStudio.Web.Recipes;
using FusionStudio.Web.Serving;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Serving;

/// <summary>Served traffic shows in the recipe's dashboard, in the health report's details and as metrics.</summary>
public sealed class ServingOperationsTests(ServingHost host) : IClassFixture<ServingHost>
{
    [Fact]
    public async Task Served_requests_count_in_the_dashboard_the_health_details_and_the_meter()
    {
        var recipe = await host.RecipeAsync(["sim-concise", "sim-stepwise"]);
        var measured = 0L;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == ServingMetrics.MeterName && instrument.Name == "fusionstudio.serving.requests")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "recipe" && (string?)tag.Value == recipe)
                {
                    Interlocked.Add(ref measured, value);
                }
            }
        });
        listener.Start();
        var client = host.Client(await host.TokenAsync());

        for (var i = 0; i < 2; i++)
        {
            (await client.PostAsJsonAsync("v1/chat/completions", ServingAssert.Chat(recipe, $"Question {i}?"))).EnsureSuccessStatusCode();
        }

        var served = await ServedTrafficReader.ServedAsync(host.App, recipe, 2);
        var dashboard = host.App.Services.GetRequiredService<RecipeDashboardQuery>();
        var today = Assert.Single(await dashboard.DaysAsync(served[0].RecipeId));
        await using var db = host.App.CreateDbContext();
        var cost = (await db.ModelCalls.AsNoTracking().Where(c => c.RunId == served[0].RunId).Select(c => c.Usage.Cost).ToListAsync()).Sum();
        Assert.Equal((2, 0.0, 0.0), (today.Requests, today.ErrorRate, today.FallbackRate));
        Assert.True(cost > 0);
        Assert.Equal(cost, today.Cost);
        Assert.True(today.LatencyP95Ms >= today.LatencyP50Ms);

        var health = await host.Client(null).GetFromJsonAsync<JsonElement>("healthz/details");
        var tally = health.GetProperty("checks").GetProperty("serving").GetProperty("data").GetProperty(recipe);
        Assert.Equal(2, tally.GetProperty("answered").GetInt64());
        Assert.Equal(2, Interlocked.Read(ref measured));
    }
}
