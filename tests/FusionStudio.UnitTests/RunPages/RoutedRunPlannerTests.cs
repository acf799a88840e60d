using FusionStudio.Data.Identity;
using FusionStudio.Domain.Routing;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.UnitTests.RunPages;

/// <summary>Plans with the routed methods: a router that knows enough of the pool, a judge to score them, and k in range.</summary>
public sealed class RoutedRunPlannerTests : IDisposable
{
    private readonly RunPagesDatabase _database = new();

    [Fact]
    public async Task A_routed_plan_pins_its_router_top_k_judge_and_fusor()
    {
        var library = await SeedAsync();
        var routerId = await AddRouterAsync(["sim-concise", "sim-detailed", "sim-elsewhere"]);
        var plan = RoutedPlan(library, routerId);

        var result = await PlannerServices.Planner(_database).CreateAsync(plan, PlannerServices.Person(AppRoles.Member));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        await using var db = _database.CreateDbContext();
        var run = await db.Runs.SingleAsync(r => r.Id == result.RunId);
        Assert.Equal((routerId, 2), (run.RouterId, run.RoutedTopK));
        Assert.Equal([AggregationMethod.Routed, AggregationMethod.RoutedFusion], run.Methods);
        Assert.Equal((library.JudgeId, library.FusorId), (run.JudgeTeacherId, run.FusorTeacherId));
        Assert.NotNull(run.PointwiseJudgeTemplateVersionId);
        Assert.NotNull(run.FusorTemplateVersionId);
        Assert.Null(run.PairwiseJudgeTemplateVersionId);
    }

    [Fact]
    public async Task Routed_methods_need_a_router_a_judge_and_a_top_k_in_range()
    {
        var library = await SeedAsync();
        var plan = RoutedPlan(library, routerId: null);
        plan.JudgeTeacherId = null;
        plan.PointwiseTemplateId = null;
        plan.RoutedTopK = 1;

        var result = await PlannerServices.Planner(_database).CreateAsync(plan, PlannerServices.Person(AppRoles.Member));

        Assert.Equal("The routed methods need a router.", result.Errors[nameof(RunPlan.RouterId)]);
        Assert.Equal("The routed methods need a judge to score their answers.", result.Errors[nameof(RunPlan.JudgeTeacherId)]);
        Assert.Equal("The routed methods need a pointwise judge prompt.", result.Errors[nameof(RunPlan.PointwiseTemplateId)]);
        Assert.Equal("Routed FusioN fuses between 2 and 8 routed teachers.", result.Errors[nameof(RunPlan.RoutedTopK)]);
    }

    [Fact]
    public async Task A_router_that_knows_too_few_of_the_pools_teachers_is_refused_with_the_names()
    {
        var library = await SeedAsync();
        var routerId = await AddRouterAsync(["sim-detailed", "sim-elsewhere"]);

        var result = await PlannerServices.Planner(_database).CreateAsync(RoutedPlan(library, routerId), PlannerServices.Person(AppRoles.Member));

        Assert.False(result.Succeeded);
        Assert.Equal(
            "Router per-task v1 knows only 1 (Detailed) of the pool's teachers; the routed methods need 2. It routes between sim-detailed, sim-elsewhere.",
            result.Errors[nameof(RunPlan.RouterId)]);
    }

    public void Dispose() => _database.Dispose();

    private static RunPlan RoutedPlan(RunPagesLibrary library, int? routerId) => new()
    {
        DatasetId = library.DatasetId,
        PoolId = library.PoolId,
        Methods = [AggregationMethod.Routed, AggregationMethod.RoutedFusion],
        Pairs = [],
        RouterId = routerId,
        RoutedTopK = 2,
        JudgeTeacherId = library.JudgeId,
        PointwiseTemplateId = library.PointwiseTemplateId,
        FusorTeacherId = library.FusorId,
        FusorTemplateId = library.FusorTemplateId,
    };

    private async Task<RunPagesLibrary> SeedAsync()
    {
        await using var db = _database.CreateDbContext();
        return await RunPagesLibrary.SeedAsync(db);
    }

    private async Task<int> AddRouterAsync(List<string> candidates)
    {
        await using var db = _database.CreateDbContext();
        var router = new TrainedRouter { Name = "per-task", Version = 1, EmbeddingModel = "builtin", Candidates = candidates, CreatedAt = DateTimeOffset.UtcNow };
        db.Routers.Add(router);
        await db.SaveChangesAsync();
        return router.Id;
    }
}
