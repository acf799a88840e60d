using FusionStudio.Data.Runs;
using System.Diagnostics;
using FusionStudio.Domain.Runs;
using FusionStudio.Testing;
using FusionStudio.Web.Runs;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FusionStudio.IntegrationTests.RunPages;

/// <summary>The prompt table's query on PostgreSQL: filters, search (ILIKE), verdicts, scores, sorting and paging.</summary>
public sealed class PromptTableQueryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Count = 600;

    private TestDatabase _database = null!;
    private FusionApp _app = null!;

    private RunPromptPageQuery Query => _app.Services.GetRequiredService<RunPromptPageQuery>();

    public async Task InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync();
        _app = FusionApp.OnPostgres(_database);
        _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Filters_search_and_verdicts_count_what_the_seed_wrote()
    {
        var runId = await PromptTableSeed.CreateRunAsync(_app, Count);
        var all = Enumerable.Range(0, Count).Select(g => (Ordinal: g, Row: PromptTableSeed.Expected(g))).ToList();

        async Task Check(RunPromptFilter filter, Func<(string Language, string Task, bool Failed, double? Score, PairVerdict? Final, string Text), bool> expected)
        {
            var page = await Query.LoadAsync(runId, filter, RunPromptSort.Default, 0, 200);
            var ordinals = all.Where(p => expected(p.Row)).Select(p => p.Ordinal).ToList();
            Assert.Equal(ordinals.Count, page.Total);
            Assert.Equal(ordinals.Take(200), page.Rows.Select(r => r.Ordinal));
        }

        await Check(RunPromptFilter.All, _ => true);
        await Check(new RunPromptFilter { Search = "wEATHER" }, p => p.Text.Contains("Weather", StringComparison.Ordinal));
        await Check(new RunPromptFilter { Search = "äpfel" }, p => p.Text.Contains("Äpfel", StringComparison.Ordinal));
        await Check(new RunPromptFilter { Search = "天气" }, p => p.Text.Contains("天气", StringComparison.Ordinal));
        // % and _ are searched for as text, not as wildcards.
        await Check(new RunPromptFilter { Search = "100%" }, p => p.Text.Contains("100%", StringComparison.Ordinal));
        await Check(new RunPromptFilter { Search = "t_e" }, _ => false);
        await Check(new RunPromptFilter { Language = "de", Task = "advice" }, p => p.Language == "de" && p.Task == "advice");
        await Check(RunPromptFilter.Failed, p => p.Failed);
        await Check(new RunPromptFilter { Verdict = RunPromptVerdict.Win }, p => p.Final == PairVerdict.A);
        await Check(new RunPromptFilter { Verdict = RunPromptVerdict.Tie }, p => p.Final == PairVerdict.Tie);
        await Check(new RunPromptFilter { Verdict = RunPromptVerdict.Loss, Language = "zh" }, p => p.Final == PairVerdict.B && p.Language == "zh");
        await Check(new RunPromptFilter { Verdict = RunPromptVerdict.None }, p => p.Final is null);
        await Check(new RunPromptFilter { MinScore = 3, MaxScore = 4.5 }, p => p.Score is >= 3 and <= 4.5);
    }

    [Fact]
    public async Task Sorting_and_paging_follow_the_chosen_column()
    {
        var runId = await PromptTableSeed.CreateRunAsync(_app, Count);
        var all = Enumerable.Range(0, Count).Select(g => (Ordinal: g, Row: PromptTableSeed.Expected(g))).ToList();

        var byScore = await Query.LoadAsync(runId, RunPromptFilter.All, new RunPromptSort(RunPromptSortColumn.Score, Descending: true), 10, 5);
        var expectedByScore = all.OrderBy(p => p.Row.Score is null).ThenByDescending(p => p.Row.Score).ThenBy(p => p.Ordinal).Select(p => p.Ordinal);
        Assert.Equal(expectedByScore.Skip(10).Take(5), byScore.Rows.Select(r => r.Ordinal));
        Assert.All(byScore.Rows, r => Assert.Equal(9, r.Score));

        var unscoredLast = await Query.LoadAsync(runId, RunPromptFilter.All, new RunPromptSort(RunPromptSortColumn.Score), Count - 3, 10);
        Assert.Equal(3, unscoredLast.Rows.Count);
        Assert.All(unscoredLast.Rows, r => Assert.Null(r.Score));

        var byVerdict = await Query.LoadAsync(runId, RunPromptFilter.All, new RunPromptSort(RunPromptSortColumn.Verdict), 0, 200);
        // 120 wins (every fifth prompt), then ties.
        Assert.All(byVerdict.Rows.Take(120), r => Assert.Equal(RunPromptVerdict.Win, r.Verdict));
        Assert.All(byVerdict.Rows.Skip(120), r => Assert.Equal(RunPromptVerdict.Tie, r.Verdict));
        var lastVerdicts = await Query.LoadAsync(runId, RunPromptFilter.All, new RunPromptSort(RunPromptSortColumn.Verdict), Count - 5, 5);
        Assert.All(lastVerdicts.Rows, r => Assert.Equal(RunPromptVerdict.None, r.Verdict));

        var byStage = await Query.LoadAsync(runId, RunPromptFilter.All, new RunPromptSort(RunPromptSortColumn.Stage, Descending: true), 0, 3);
        Assert.Equal([9, 19, 29], byStage.Rows.Select(r => r.Ordinal));

        var byLanguage = await Query.LoadAsync(runId, RunPromptFilter.All, new RunPromptSort(RunPromptSortColumn.Language), 0, 3);
        Assert.Equal([2, 8, 14], byLanguage.Rows.Select(r => r.Ordinal));

        var lastPage = await Query.LoadAsync(runId, RunPromptFilter.All, RunPromptSort.Default, Count - 4, 25);
        Assert.Equal([596, 597, 598, 599], lastPage.Rows.Select(r => r.Ordinal));
        Assert.Equal(RunPromptScoreSource.FusedAnswer, lastPage.ScoreSource);
    }

    [Fact]
    public async Task A_page_of_a_100000_prompt_run_is_read_in_sql()
    {
        var clock = Stopwatch.StartNew();
        var runId = await PromptTableSeed.CreateRunAsync(_app, 100_000);
        output.WriteLine($"Seeded 100,000 prompts in {clock.Elapsed.TotalSeconds:0.0} s");

        (string Name, RunPromptFilter Filter, RunPromptSort Sort, int Skip)[] cases =
        [
            ("first page, dataset order", RunPromptFilter.All, RunPromptSort.Default, 0),
            ("page 2,000", RunPromptFilter.All, RunPromptSort.Default, 49_975),
            ("search", new RunPromptFilter { Search = "weather" }, RunPromptSort.Default, 0),
            ("language + verdict", new RunPromptFilter { Language = "de", Verdict = RunPromptVerdict.Win }, RunPromptSort.Default, 0),
            ("sorted by score", RunPromptFilter.All, new RunPromptSort(RunPromptSortColumn.Score, Descending: true), 0),
            ("score range", new RunPromptFilter { MinScore = 8 }, RunPromptSort.Default, 0),
        ];
        foreach (var (name, filter, sort, skip) in cases)
        {
            await Query.LoadAsync(runId, filter, sort, skip, 25);
            clock.Restart();
            var page = await Query.LoadAsync(runId, filter, sort, skip, 25);
            output.WriteLine($"{name}: {page.Total} rows, page read in {clock.ElapsedMilliseconds} ms");
            Assert.Equal(25, page.Rows.Count);
        }

        var deep = await Query.LoadAsync(runId, RunPromptFilter.All, RunPromptSort.Default, 99_990, 25);
        Assert.Equal(Enumerable.Range(99_990, 10), deep.Rows.Select(r => r.Ordinal));
        Assert.Equal(100_000, deep.Total);
    }
}
