using FusionStudio.Data.Identity;
using FusionStudio.Domain.Runs;
using FusionStudio.Web;
using FusionStudio.Web.Runs;
using Microsoft.EntityFrameworkCore;

namespace FusionStudio.UnitTests.RunPages;

public sealed class RunPlannerTests : IDisposable
{
    private readonly RunPagesDatabase _database = new();

    [Fact]
    public async Task Creates_a_queued_run_that_pins_the_pool_and_the_latest_template_versions()
    {
        var library = await SeedAsync();
        var newFusorVersion = await AddFusorVersionAsync(library);

        var result = await PlannerServices.Planner(_database).CreateAsync(FullPlan(library), PlannerServices.Person(AppRoles.Member));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        await using var db = _database.CreateDbContext();
        var run = await db.Runs.Include(r => r.Teachers).SingleAsync(r => r.Id == result.RunId);
        Assert.Equal(RunStatus.Queued, run.Status);
        Assert.Equal(
            [(library.ConciseId, 2, 0), (library.DetailedId, 1, 1)],
            run.Teachers.OrderBy(t => t.Position).Select(t => (t.TeacherId, t.SampleCount, t.Position)));
        Assert.Equal(newFusorVersion, run.FusorTemplateVersionId);
        Assert.Equal(await LatestVersionAsync(library.PointwiseTemplateId), run.PointwiseJudgeTemplateVersionId);
        Assert.Equal(await LatestVersionAsync(library.PairwiseTemplateId), run.PairwiseJudgeTemplateVersionId);
        Assert.Equal((library.JudgeId, library.FusorId), (run.JudgeTeacherId, run.FusorTeacherId));
        Assert.Equal([AggregationMethod.BestOfN, AggregationMethod.Mbr, AggregationMethod.Random, AggregationMethod.FusionOfN], run.Methods);
        Assert.Equal([MethodPair.FusionVersusBestOfN], run.ComparisonPairs);
        Assert.Equal((1234, 2.5m), (run.Seed, run.BudgetCap));
        Assert.Equal(RunPagesLibrary.PromptCount, run.Counters.PromptCount);
        Assert.StartsWith("Questions × Two styles 20", run.Name, StringComparison.Ordinal);
        Assert.Equal("member@example.test", run.CreatedBy);
    }

    [Fact]
    public async Task An_empty_plan_gets_an_error_for_each_missing_choice()
    {
        await SeedAsync();

        var result = await PlannerServices.Planner(_database)
            .CreateAsync(new RunPlan { Methods = [], Pairs = [] }, PlannerServices.Person(AppRoles.Member));

        Assert.False(result.Succeeded);
        Assert.Equal("Choose a dataset.", result.Errors[nameof(RunPlan.DatasetId)]);
        Assert.Equal("Choose a teacher pool.", result.Errors[nameof(RunPlan.PoolId)]);
        Assert.Equal("Choose at least one method.", result.Errors[nameof(RunPlan.Methods)]);
        await AssertNoRunAsync();
    }

    [Fact]
    public async Task Best_of_n_and_comparisons_need_a_judge_and_their_prompts()
    {
        var library = await SeedAsync();
        var plan = FullPlan(library);
        plan.JudgeTeacherId = null;
        plan.PointwiseTemplateId = null;
        plan.PairwiseTemplateId = null;

        var result = await PlannerServices.Planner(_database).CreateAsync(plan, PlannerServices.Person(AppRoles.Member));

        Assert.Equal("Best-of-N and the comparisons need a judge.", result.Errors[nameof(RunPlan.JudgeTeacherId)]);
        Assert.Equal("Best-of-N needs a pointwise judge prompt.", result.Errors[nameof(RunPlan.PointwiseTemplateId)]);
        Assert.Equal("The comparisons need a pairwise judge prompt.", result.Errors[nameof(RunPlan.PairwiseTemplateId)]);
        await AssertNoRunAsync();
    }

    [Fact]
    public async Task Fusion_needs_a_fusor_and_a_fusor_prompt()
    {
        var library = await SeedAsync();
        var plan = FullPlan(library);
        plan.FusorTeacherId = null;
        plan.FusorTemplateId = null;

        var result = await PlannerServices.Planner(_database).CreateAsync(plan, PlannerServices.Person(AppRoles.Member));

        Assert.Equal("Fusion-of-N needs a fusor.", result.Errors[nameof(RunPlan.FusorTeacherId)]);
        Assert.Equal("Fusion-of-N needs a fusor prompt.", result.Errors[nameof(RunPlan.FusorTemplateId)]);
    }

    [Fact]
    public async Task Mixture_of_agents_needs_a_proposer_prompt_and_two_to_four_layers()
    {
        var library = await SeedAsync();
        var plan = FullPlan(library);
        plan.SetMethod(AggregationMethod.MixtureOfAgents, chosen: true);
        plan.MixtureLayers = 5;

        var result = await PlannerServices.Planner(_database).CreateAsync(plan, PlannerServices.Person(AppRoles.Member));

        Assert.Equal("Mixture-of-Agents needs a proposer prompt.", result.Errors[nameof(RunPlan.ProposerTemplateId)]);
        Assert.Contains("between 2 and 4 (got 5)", result.Errors[nameof(RunPlan.MixtureLayers)], StringComparison.Ordinal);
        await AssertNoRunAsync();
    }

    [Fact]
    public async Task Run_again_keeps_mixture_of_agents_layers_and_proposer_prompt()
    {
        var library = await SeedAsync();
        int proposerTemplate;
        await using (var db = _database.CreateDbContext())
        {
            proposerTemplate = await db.PromptTemplates.Where(t => t.Kind == Domain.Prompts.PromptTemplateKind.MoaProposer).Select(t => t.Id).SingleAsync();
        }

        var plan = FullPlan(library);
        plan.SetMethod(AggregationMethod.MixtureOfAgents, chosen: true);
        plan.ProposerTemplateId = proposerTemplate;
        plan.MixtureLayers = 3;
        var planner = PlannerServices.Planner(_database);
        var first = await planner.CreateAsync(plan, PlannerServices.Person(AppRoles.Member));
        Assert.True(first.Succeeded, string.Join("; ", first.Errors.Values));

        var again = await new RunPlanPrefillQuery(_database).LoadAsync(first.RunId!.Value);

        Assert.NotNull(again);
        Assert.Equal((3, proposerTemplate), (again.MixtureLayers, again.ProposerTemplateId));
        await using var check = _database.CreateDbContext();
        var run = await check.Runs.SingleAsync(r => r.Id == first.RunId);
        Assert.Equal(3, run.MixtureLayers);
        Assert.Equal(await LatestVersionAsync(proposerTemplate), run.ProposerTemplateVersionId);
    }

    [Fact]
    public async Task A_comparison_needs_both_methods_among_the_runs_methods()
    {
        var library = await SeedAsync();
        var plan = FullPlan(library);
        plan.Methods = [AggregationMethod.BestOfN, AggregationMethod.Mbr];

        var result = await PlannerServices.Planner(_database).CreateAsync(plan, PlannerServices.Person(AppRoles.Member));

        Assert.Equal("Fusion-of-N vs Best-of-N: Fusion-of-N is not one of the run's methods.", result.Errors[nameof(RunPlan.Pairs)]);
    }

    [Fact]
    public async Task A_dataset_without_prompts_and_a_zero_budget_are_refused()
    {
        var library = await SeedAsync(withEmptyDataset: true);
        var plan = FullPlan(library);
        plan.DatasetId = library.EmptyDatasetId;
        plan.BudgetCap = 0;

        var result = await PlannerServices.Planner(_database).CreateAsync(plan, PlannerServices.Person(AppRoles.Member));

        Assert.Equal("This dataset has no prompts.", result.Errors[nameof(RunPlan.DatasetId)]);
        Assert.Equal("The budget cap must be more than 0, or empty for none.", result.Errors[nameof(RunPlan.BudgetCap)]);
    }

    [Fact]
    public async Task Only_what_the_methods_use_is_pinned()
    {
        var library = await SeedAsync();
        var plan = FullPlan(library);
        plan.Methods = [AggregationMethod.Mbr, AggregationMethod.Random];
        plan.Pairs = [];
        plan.Name = "  Selectors only  ";

        var result = await PlannerServices.Planner(_database).CreateAsync(plan, PlannerServices.Person(AppRoles.Admin));

        await using var db = _database.CreateDbContext();
        var run = await db.Runs.SingleAsync(r => r.Id == result.RunId);
        Assert.Equal("Selectors only", run.Name);
        Assert.Null(run.JudgeTeacherId);
        Assert.Null(run.FusorTeacherId);
        Assert.Null(run.PointwiseJudgeTemplateVersionId);
        Assert.Null(run.PairwiseJudgeTemplateVersionId);
        Assert.Null(run.FusorTemplateVersionId);
    }

    [Fact]
    public async Task Viewers_cannot_create_runs()
    {
        var library = await SeedAsync();

        var result = await PlannerServices.Planner(_database).CreateAsync(FullPlan(library), PlannerServices.Person(AppRoles.Viewer));

        Assert.Equal(EditorCheck.Denied, result.Errors[RunPlanValidator.General]);
        await AssertNoRunAsync();
    }

    [Fact]
    public async Task Run_again_keeps_the_choices_and_pins_the_new_fusor_version()
    {
        var library = await SeedAsync();
        var planner = PlannerServices.Planner(_database);
        var first = await planner.CreateAsync(FullPlan(library), PlannerServices.Person(AppRoles.Member));
        var newFusorVersion = await AddFusorVersionAsync(library);

        var again = await new RunPlanPrefillQuery(_database).LoadAsync(first.RunId!.Value);
        Assert.NotNull(again);
        var second = await planner.CreateAsync(again, PlannerServices.Person(AppRoles.Member));

        await using var db = _database.CreateDbContext();
        var runs = await db.Runs.OrderBy(r => r.Id).ToListAsync();
        Assert.Equal(2, runs.Count);
        Assert.NotEqual(runs[0].FusorTemplateVersionId, runs[1].FusorTemplateVersionId);
        Assert.Equal(newFusorVersion, runs[1].FusorTemplateVersionId);
        Assert.Equal(second.RunId, runs[1].Id);
        Assert.Equal(
            (runs[0].DatasetId, runs[0].PoolId, runs[0].Seed, runs[0].BudgetCap, runs[0].PointwiseJudgeTemplateVersionId),
            (runs[1].DatasetId, runs[1].PoolId, runs[1].Seed, runs[1].BudgetCap, runs[1].PointwiseJudgeTemplateVersionId));
        Assert.Equal(runs[0].Methods, runs[1].Methods);
        Assert.Equal(runs[0].ComparisonPairs, runs[1].ComparisonPairs);
    }

    [Fact]
    public async Task Run_again_reuses_cached_answers_unless_it_draws_new_samples_each_draw_with_an_offset_of_its_own()
    {
        var library = await SeedAsync();
        var planner = PlannerServices.Planner(_database);
        var person = PlannerServices.Person(AppRoles.Member);
        var first = await planner.CreateAsync(FullPlan(library), person);

        var reuse = await new RunPlanPrefillQuery(_database).LoadAsync(first.RunId!.Value);
        Assert.False(reuse!.DrawNewSamples);
        var reused = await planner.CreateAsync(reuse, person);
        var draw = await new RunPlanPrefillQuery(_database).LoadAsync(first.RunId!.Value);
        draw!.DrawNewSamples = true;
        var drawn = await planner.CreateAsync(draw, person);
        var drawnAgain = await planner.CreateAsync(draw, person);

        await using var db = _database.CreateDbContext();
        var offsets = await db.Runs.OrderBy(r => r.Id).Select(r => r.SampleOffset).ToListAsync();
        Assert.Equal([0, 0, SampleOffsets.Stride, 2 * SampleOffsets.Stride], offsets);
        Assert.True(reused.Succeeded && drawn.Succeeded && drawnAgain.Succeeded);
    }

    [Fact]
    public async Task A_new_run_keeps_the_forecast_it_was_started_with()
    {
        var library = await SeedAsync();

        var result = await PlannerServices.Planner(_database).CreateAsync(FullPlan(library), PlannerServices.Person(AppRoles.Member));

        await using var db = _database.CreateDbContext();
        var run = await db.Runs.SingleAsync(r => r.Id == result.RunId);
        var kept = Assert.IsType<RunLaunchEstimate>(run.LaunchEstimate);
        Assert.True(kept.Calls > 0);
        Assert.True(kept.CostLow > 0m && kept.CostLow < kept.CostExpected && kept.CostExpected < kept.CostHigh, $"{kept.CostLow} / {kept.CostExpected} / {kept.CostHigh}");
        Assert.True(kept.OutputTokensExpected < kept.OutputTokensHigh);
    }

    public void Dispose() => _database.Dispose();

    private static RunPlan FullPlan(RunPagesLibrary library) => new()
    {
        DatasetId = library.DatasetId,
        PoolId = library.PoolId,
        JudgeTeacherId = library.JudgeId,
        FusorTeacherId = library.FusorId,
        PointwiseTemplateId = library.PointwiseTemplateId,
        PairwiseTemplateId = library.PairwiseTemplateId,
        FusorTemplateId = library.FusorTemplateId,
        Seed = 1234,
        BudgetCap = 2.5m,
    };

    private async Task<RunPagesLibrary> SeedAsync(bool withEmptyDataset = false)
    {
        await using var db = _database.CreateDbContext();
        return await RunPagesLibrary.SeedAsync(db, withEmptyDataset: withEmptyDataset);
    }

    private async Task<int> AddFusorVersionAsync(RunPagesLibrary library)
    {
        await using var db = _database.CreateDbContext();
        var template = await db.PromptTemplates.Include(t => t.Versions).SingleAsync(t => t.Id == library.FusorTemplateId);
        var version = template.AddVersion("Fuse them.", "{{prompt}}\n{{candidates}}", "shorter", null, DateTimeOffset.UtcNow);
        await db.SaveChangesAsync();
        return version.Id;
    }

    private async Task<int> LatestVersionAsync(int templateId)
    {
        await using var db = _database.CreateDbContext();
        return await db.PromptTemplateVersions.Where(v => v.TemplateId == templateId).OrderByDescending(v => v.Number).Select(v => v.Id).FirstAsync();
    }

    private async Task AssertNoRunAsync()
    {
        await using var db = _database.CreateDbContext();
        Assert.Equal(0, await db.Runs.CountAsync());
    }
}
