using FusionStudio.Data.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.Web.Runs;

namespace FusionStudio.UnitTests.RunPages;

/// <summary>The run page's queries over the half-way run of <see cref="RunPagesRun"/>, on SQLite.</summary>
public sealed class RunPageQueryTests : IDisposable
{
    private readonly RunPagesDatabase _database = new();

    [Fact]
    public async Task Progress_counts_each_step_cumulatively()
    {
        var run = await SeedAsync();

        var progress = await new RunProgressQuery(_database).LoadAsync(run.Id);

        Assert.NotNull(progress);
        Assert.Equal(10, progress.PromptCount);
        Assert.Equal(
            (8, 7, 6, 3, 2, 5),
            (progress.Generated, progress.Scored, progress.Aggregated, progress.Done, progress.Failed, progress.Processed));
    }

    [Fact]
    public async Task Failed_calls_are_grouped_by_purpose_and_reason_without_their_numbers()
    {
        var run = await SeedAsync();

        var groups = await new RunErrorGroupsQuery(new RunCallLog(_database)).LoadAsync(run.Id);

        // Every failed call counts, the judge's three unreadable answers too.
        Assert.Equal(
            [
                new RunErrorGroup("Generate", "HTTP 429 rate limited after # attempts", 4),
                new RunErrorGroup("Judge candidate", "Unreadable judge answer: no JSON object", 3),
                new RunErrorGroup("Generate", "timed out after # s", 2),
            ],
            groups.Top);
        Assert.Equal((3, 9), (groups.ReasonCount, groups.ErrorCount));
    }

    [Fact]
    public async Task Only_the_most_frequent_reasons_are_listed()
    {
        var run = await SeedAsync();

        var groups = await new RunErrorGroupsQuery(new RunCallLog(_database)).LoadAsync(run.Id, top: 1);

        Assert.Equal("HTTP 429 rate limited after # attempts", Assert.Single(groups.Top).Reason);
        Assert.Equal(3, groups.ReasonCount);
    }

    [Fact]
    public async Task Usage_is_summed_from_the_call_log()
    {
        var run = await SeedAsync();

        var usage = RunUsage.From(await new RunCallLog(_database).SummaryAsync(run.Id));

        // 8 candidates (2 from the cache, 6 failed) and one judge score whose 3 calls were all unreadable.
        Assert.Equal((11, 2, 8, 2, 9), (usage.ModelCalls, usage.CachedCalls, usage.Candidates, usage.CachedCandidates, usage.FailedCalls));
        Assert.Equal((810L, 405L), (usage.InputTokens, usage.OutputTokens));
        Assert.Equal(0.0081m, usage.Cost);
    }

    [Fact]
    public async Task Prompts_are_paged_and_filtered_in_dataset_order()
    {
        var run = await SeedAsync();
        var query = new RunPromptPageQuery(_database);

        var page = await query.LoadAsync(run.Id, RunPromptFilter.All, skip: 4, take: 3);
        var failed = await query.LoadAsync(run.Id, RunPromptFilter.Failed, 0, 25);
        var inProgress = await query.LoadAsync(run.Id, RunPromptFilter.InProgress, 0, 25);

        Assert.Equal(10, page.Total);
        Assert.Equal([4, 5, 6], page.Rows.Select(r => r.Ordinal));
        Assert.Equal([PromptStage.Failed, PromptStage.Aggregated, PromptStage.Scored], page.Rows.Select(r => r.Stage));
        Assert.Equal("ar", page.Rows[1].Language);
        Assert.Equal([3, 4], failed.Rows.Select(r => r.Ordinal));
        Assert.All(failed.Rows, r => Assert.Equal("Generation: HTTP 429 rate limited after 5 attempts", r.Error));
        Assert.Equal(5, inProgress.Total);
    }

    [Fact]
    public async Task A_prompts_detail_numbers_its_candidates_in_pool_order()
    {
        var run = await SeedAsync();
        await using var db = _database.CreateDbContext();
        var promptId = db.RunPrompts.Single(p => p.RunId == run.Id && p.Ordinal == 3).PromptId;

        var detail = await new RunPromptDetailQuery(_database, new RunPromptPageQuery(_database), new RunCallLog(_database)).LoadAsync(run.Id, promptId);

        Assert.NotNull(detail);
        Assert.Equal(PromptStage.Failed, detail.Stage);
        Assert.Equal(
            [(1, "Concise", 0), (2, "Concise", 1), (3, "Detailed", 0)],
            detail.Candidates.Select(c => (c.Number, c.Teacher, c.SampleIndex)));
        Assert.Equal("timed out after 30 s", detail.Candidates[2].Error);
        Assert.NotNull(detail.PreviousPromptId);
        Assert.NotNull(detail.NextPromptId);
    }

    public void Dispose() => _database.Dispose();

    private async Task<Run> SeedAsync()
    {
        await using var db = _database.CreateDbContext();
        var library = await RunPagesLibrary.SeedAsync(db);
        return await RunPagesRun.SeedAsync(db, library);
    }
}
