using System.Security.Claims;
using FusionStudio.Data.Identity;
using FusionStudio.Domain.Routing;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Embeddings;
using FusionStudio.Engine.Routing;
using FusionStudio.FakeOpenAi.Recording;
using FusionStudio.IntegrationTests.Pipeline;
using FusionStudio.Testing;
using FusionStudio.Web.LogImports;
using FusionStudio.Web.Routers;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FusionStudio.IntegrationTests.Routing;

public sealed class RouterServiceTests
{
    internal static readonly ClaimsPrincipal Member =
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "member@example.test"), new Claim(ClaimTypes.Role, AppRoles.Member)], "test"));

    [Fact]
    public async Task Routers_trained_on_the_imported_routing_logs_are_versioned_and_stored_with_their_evaluation()
    {
        await using var host = await PipelineHost.StartAsync();
        var logSet = await ImportSampleAsync(host);
        var service = host.App.Services.GetRequiredService<RouterService>();
        var providerId = await EmbeddingStoreTests.AddProviderAsync(host);

        var baseline = await service.TrainAsync(new RouterTrainingRequest { Name = "sample", SourceRunIds = [logSet], Algorithm = RouterAlgorithm.TaskBest }, Member);
        var knn = await service.TrainAsync(
            new RouterTrainingRequest
            {
                Name = "sample",
                SourceRunIds = [logSet],
                Algorithm = RouterAlgorithm.Knn,
                EmbeddingModel = EmbeddingModelKey.ForProvider(providerId, "fake-embed"),
                Alpha = 0.7,
                Beta = 0.3,
            },
            Member);

        Assert.True(baseline.Succeeded, string.Join(" ", baseline.Errors.Values));
        Assert.True(knn.Succeeded, string.Join(" ", knn.Errors.Values));
        var (stored, evaluation) = (await service.GetAsync(knn.RouterId!.Value))!.Value;
        Assert.Equal((2, RouterAlgorithm.Knn, RoutingLogSample.Queries), (stored.Version, stored.Algorithm, stored.TrainingQueries));
        Assert.Equal(RoutingLogSample.ReadmePrices.Keys.Order(StringComparer.Ordinal), stored.Candidates);
        Assert.NotNull(evaluation);
        Assert.Equal(["Performance first", "Balance", "Cost first", "α=0.7, β=0.3"], evaluation.Scenarios.Select(s => s.Scenario.Name));
        Assert.Equal(RoutingScenario.Sweep.Count, evaluation.Curve.Count);
        Assert.Equal(RoutingLogSample.Tasks, evaluation.Scenarios[0].Tasks.Count);
        Assert.Equal(0.7726, evaluation.Scenarios[0].Oracle.Performance, 4);
        Assert.Equal(0.6091, evaluation.ModelPoints.Max(p => p.Performance), 4);

        // Each query was embedded once, in batches, and stored.
        var embedded = host.Models.RequestLog.Snapshot().Where(r => r.Kind == FakeRequestKind.Embeddings).Sum(r => r.Messages.Count);
        Assert.Equal(RoutingLogSample.Queries, embedded);
        await using var db = host.App.CreateDbContext();
        Assert.Equal(RoutingLogSample.Queries, await db.TextEmbeddings.CountAsync());
        Assert.Equal([1, 2], await db.Routers.Where(r => r.Name == "sample").OrderBy(r => r.Version).Select(r => r.Version).ToListAsync());
    }

    [Fact]
    public async Task A_stored_router_is_tested_on_another_log_set_without_retraining()
    {
        await using var host = await PipelineHost.StartAsync();
        var train = await ImportSampleAsync(host);
        var test = await ImportSampleAsync(host);
        var service = host.App.Services.GetRequiredService<RouterService>();
        var trained = await service.TrainAsync(new RouterTrainingRequest { Name = "per task", SourceRunIds = [train], Algorithm = RouterAlgorithm.TaskBest }, Member);

        var (evaluation, problem) = await service.EvaluateAsync(trained.RouterId!.Value, [test]);

        Assert.Null(problem);
        Assert.Equal(RoutingLogSample.Queries, evaluation!.Queries);
        var performanceFirst = evaluation.Scenarios[0];

        // Tested on the very queries it learned from, the per-task best model is at least as good as any single model.
        Assert.True(performanceFirst.Router.Performance >= evaluation.ModelPoints.Max(p => p.Performance));
        Assert.StartsWith("trained on other logs", evaluation.Method, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_requests_are_refused_by_field_and_store_nothing()
    {
        await using var host = await PipelineHost.StartAsync();
        var service = host.App.Services.GetRequiredService<RouterService>();

        var empty = await service.TrainAsync(new RouterTrainingRequest { Alpha = 0, Beta = 0, Folds = 1 }, Member);
        var missing = await service.TrainAsync(new RouterTrainingRequest { Name = "x", SourceRunIds = [999] }, Member);

        Assert.Equal(
            [nameof(RouterTrainingRequest.Alpha), nameof(RouterTrainingRequest.Folds), nameof(RouterTrainingRequest.Name), nameof(RouterTrainingRequest.SourceRunIds)],
            empty.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("999", missing.Errors[nameof(RouterTrainingRequest.SourceRunIds)], StringComparison.Ordinal);
        await using var db = host.App.CreateDbContext();
        Assert.Equal(0, await db.Routers.CountAsync());
    }

    internal static async Task<int> ImportSampleAsync(PipelineHost host)
    {
        var importer = host.App.Services.GetRequiredService<LogImporter>();
        await using var file = RoutingLogSample.Open();
        var result = await importer.ImportAsync(
            file, RoutingLogSample.FileName, new RunPlan { Methods = [AggregationMethod.Random], Pairs = [] }, Member, RoutingLogSample.Prices);
        Assert.True(result.Succeeded, string.Join(" ", result.FileErrors) + string.Join(" ", result.PlanErrors.Values));
        return result.RunId!.Value;
    }
}
