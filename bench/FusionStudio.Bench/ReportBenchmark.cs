using System.Diagnostics;
using FusionStudio.Data;
using FusionStudio.Data.Calls;
using FusionStudio.Domain.Runs;
using FusionStudio.Engine.Analysis;
using FusionStudio.Jobs.Scaling;
using FusionStudio.Testing;
using FusionStudio.Web.Reports;
using FusionStudio.Web.Runs;
using FusionStudio.Web.Scaling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FusionStudio.Bench;

/// <summary>
/// The run report and the prompt table on a large finished run in PostgreSQL: seed time, the report's full load
/// (every query and statistic, cold and warm) and the prompt table's page requests over pages, sorts and filters.
/// </summary>
internal static class ReportBenchmark
{
    private const int Repetitions = 10;
    private const int ReportRepetitions = 3;
    private const int PageRequests = 12;

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        if (Environment.GetEnvironmentVariable(TestPostgres.EnvironmentVariable) is null)
        {
            Console.Error.WriteLine($"The report benchmark needs PostgreSQL: run it inside .ci/with-postgres ({TestPostgres.EnvironmentVariable}).");
            return 2;
        }

        await using var database = await TestPostgres.CreateDatabaseAsync();
        // The app's own connection settings (prepared statements, parallel workers), so the pages are timed as they run.
        var appConnectionString = DataServiceCollectionExtensions.AppConnectionString(
            new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = database.ConnectionString });
        var options = DataServiceCollectionExtensions.CreateOptions(DatabaseProvider.PostgreSql, appConnectionString);
        var contexts = new PooledDbContextFactory<FusionDbContext>(options);
        int runId;
        var clock = Stopwatch.StartNew();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            runId = await ReportSeeder.SeedAsync(database.ConnectionString, db, arguments.Prompts, arguments.Candidates, reviews: 300);
        }

        // The seeder copies scores past the scoring step, so it stores each prompt's Best-of-k the way that step does.
        await new BestOfKStore(contexts).StoreRunAsync(runId, CancellationToken.None);

        Console.WriteLine($"database        PostgreSQL, run of {arguments.Prompts:N0} prompts x {arguments.Candidates} candidates, seeded in {clock.Elapsed.TotalSeconds:0.0} s");

        await RunPageBenchmark.MeasureAsync(contexts, runId, Repetitions);
        await MeasurePromptPagesAsync(new RunPromptPageQuery(contexts), runId, arguments.Prompts);
        await MeasureSearchWithoutIndexAsync(contexts, database.ConnectionString, runId);

        var bootstrap = Options.Create(new BootstrapOptions());
        var callLog = new RunCallLog(contexts);
        var report = new RunReportQuery(contexts, callLog, new RunErrorGroupsQuery(callLog), bootstrap);
        var loaded = await report.LoadAsync(runId);
        var pair = loaded!.Pairs[0];
        Console.WriteLine($"report          {pair.Pair}: {pair.Judge.Counts.Wins:N0} / {pair.Judge.Counts.Ties:N0} / {pair.Judge.Counts.Losses:N0}, "
            + $"win rate {pair.Judge.Rate:P1} [{pair.Judge.Interval!.Lower:P1}, {pair.Judge.Interval.Upper:P1}], {pair.ByLanguage.Count} languages, "
            + $"{pair.ByTask.Count} tasks, {pair.Human.Reviews} reviews, kappa {pair.Human.Agreement.Kappa:0.00}");

        // The report page: the report itself, then its sections that load on their own beside it.
        // Loads that take seconds get fewer repetitions, so the bench ends in minutes.
        Console.WriteLine($"report page     each load, {ReportRepetitions} warm runs after a cold one:");
        await WarmTimings.MeasureAsync("RunReportQuery", ReportRepetitions, () => report.LoadAsync(runId));
        await RunReportQueryTimings.MeasureAsync(contexts, runId, ReportRepetitions);
        await WarmTimings.MeasureAsync("RunCallLog.StepLatenciesAsync", Repetitions, () => callLog.StepLatenciesAsync(runId));
        var scaling = new ScalingCurveQuery(contexts, bootstrap);
        await WarmTimings.MeasureAsync("ScalingCurveQuery (BoN@k)", ReportRepetitions, () => scaling.LoadAsync(runId));
        var curve = (await scaling.LoadAsync(runId))!;
        Console.WriteLine($"scaling         BoN@{curve.CandidatesPerPrompt} {curve.BestOfN[^1].MeanScore:0.000} [{curve.BestOfN[^1].Lower:0.000}, {curve.BestOfN[^1].Upper:0.000}] over {curve.BestOfN[^1].Prompts:N0} prompts, {curve.IntervalNote}");
        var answerLanguages = new AnswerLanguageCountsQuery(contexts);
        await WarmTimings.MeasureAsync("AnswerLanguageCountsQuery", ReportRepetitions, () => answerLanguages.LoadAsync(runId));
        await MeasureAnswerLanguagesFromTextsAsync(contexts, answerLanguages, runId);

        clock.Restart();
        var outcomes = Enumerable.Range(1, arguments.Prompts).Select(i => new PromptOutcome(i, (Outcome)(i % 3))).ToList();
        WinRateAnalysis.Estimate(outcomes, 0.95);
        Console.WriteLine($"win rate        Wilson interval over {arguments.Prompts:N0} prompts in {clock.Elapsed.TotalMilliseconds:0} ms (statistics alone)");

        return 0;
    }

    // What the section cost before the flags were stored (checking every text on each load), and what the first load
    // of a run stored before them costs once: it checks every text and stores the flags. Both must count the same.
    private static async Task MeasureAnswerLanguagesFromTextsAsync(PooledDbContextFactory<FusionDbContext> contexts, AnswerLanguageCountsQuery query, int runId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await WarmTimings.MeasureAsync("answer language from texts", ReportRepetitions, () => AnswerLanguageReference.CountsAsync(db, runId));
        var expected = await AnswerLanguageReference.CountsAsync(db, runId);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Candidates.Where(c => c.RunId == runId).ExecuteUpdateAsync(set => set.SetProperty(c => c.WrongLanguage, (bool?)null));
        await db.Aggregates.Where(a => a.RunId == runId).ExecuteUpdateAsync(set => set.SetProperty(a => a.WrongLanguage, (bool?)null));
        var clock = Stopwatch.StartNew();
        var counted = await query.LoadAsync(runId);
        Console.WriteLine($"  {"flags unset, first load",-26} once {clock.Elapsed.TotalMilliseconds,7:0} ms (checks and stores every flag)");
        // Until autovacuum has passed over the updated rows, the count reads them from the table as well as the index.
        await WarmTimings.MeasureAsync("counts before vacuum", ReportRepetitions, () => query.LoadAsync(runId));
        await db.Database.ExecuteSqlRawAsync("VACUUM \"Candidates\", \"Aggregates\"");
        await WarmTimings.MeasureAsync("counts after vacuum", ReportRepetitions, () => query.LoadAsync(runId));
        var wrong = counted.Sum(c => c.WrongLanguage);
        Console.WriteLine($"answer language {wrong:N0} of {counted.Sum(c => c.Answers):N0} answers flagged, counts {(counted.SequenceEqual(expected) ? "equal" : "DIFFER FROM")} the texts'");
    }

    private static async Task MeasurePromptPagesAsync(RunPromptPageQuery query, int runId, int prompts)
    {
        var lastPage = Math.Max(0, (prompts / 50) - 1);
        (string Name, RunPromptFilter Filter, RunPromptSort Sort, int Skip)[] cases =
        [
            ("first page", RunPromptFilter.All, RunPromptSort.Default, 0),
            ("middle page", RunPromptFilter.All, RunPromptSort.Default, lastPage / 2 * 50),
            ("last page", RunPromptFilter.All, RunPromptSort.Default, lastPage * 50),
            ("sort by score", RunPromptFilter.All, new RunPromptSort(RunPromptSortColumn.Score, Descending: true), 0),
            ("sort by verdict", RunPromptFilter.All, new RunPromptSort(RunPromptSortColumn.Verdict), 500),
            ("sort by language", RunPromptFilter.All, new RunPromptSort(RunPromptSortColumn.Language), 1000),
            ("language = ar", RunPromptFilter.All with { Language = "ar" }, RunPromptSort.Default, 100),
            ("failed only", RunPromptFilter.Failed, RunPromptSort.Default, 0),
            ("verdict = loss", RunPromptFilter.All with { Pair = MethodPair.FusionVersusBestOfN, Verdict = RunPromptVerdict.Loss }, RunPromptSort.Default, 50),
            ("score 8 to 10", RunPromptFilter.All with { MinScore = 8, MaxScore = 10 }, RunPromptSort.Default, 0),
            ("search text", RunPromptFilter.All with { Search = "question 4242" }, RunPromptSort.Default, 0),
        ];

        Console.WriteLine($"prompt pages    50 rows a page, {PageRequests} requests per case after one warm-up:");
        var all = new List<double>();
        foreach (var (name, filter, sort, skip) in cases)
        {
            var page = await query.LoadAsync(runId, filter, sort, skip, 50);
            var timings = new List<double>();
            for (var i = 0; i < PageRequests; i++)
            {
                var clock = Stopwatch.StartNew();
                await query.LoadAsync(runId, filter, sort, skip, 50);
                timings.Add(clock.Elapsed.TotalMilliseconds);
            }

            all.AddRange(timings);
            Console.WriteLine($"  {name,-18} {page.Total,7:N0} match  median {Median(timings),6:0.0} ms  p95 {Percentile(timings, 0.95),6:0.0} ms");
        }

        Console.WriteLine($"  {"all requests",-18} {"",7}        median {Median(all),6:0.0} ms  p95 {Percentile(all, 0.95),6:0.0} ms");
    }

    // The same search with the trigram index dropped: what it cost before the index (a scan of every prompt's text).
    private static async Task MeasureSearchWithoutIndexAsync(PooledDbContextFactory<FusionDbContext> contexts, string connectionString, int runId)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand("DROP INDEX \"IX_DatasetPrompts_Text_Trigram\"", connection);
            await drop.ExecuteNonQueryAsync();
        }

        var query = new RunPromptPageQuery(contexts);
        await WarmTimings.MeasureAsync("search text, no trigram", PageRequests, () => query.LoadAsync(runId, RunPromptFilter.All with { Search = "question 4242" }, RunPromptSort.Default, 0, 50));
    }

    private static double Median(IEnumerable<double> values) => WarmTimings.Median(values);

    private static double Percentile(IReadOnlyCollection<double> values, double q) => WarmTimings.Percentile(values, q);
}
